/**
 * Recognisers that find who and what a post talks about: people (titles, name lists,
 * context), roles, organisations, institutions and protected groups, and UK personal
 * identifiers (phone numbers with libphonenumber, emails, postcodes, National Insurance
 * and NHS numbers, vehicle registrations, dates of birth, addresses).
 */
package org.membercomms.checker.recognise;
