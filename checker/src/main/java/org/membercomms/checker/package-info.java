/**
 * The post checker: a plain Java library (no framework) that reads a Member's draft post
 * and reports which legal or Code of Conduct risks it carries, with the evidence, an
 * explanation in plain English, advice and the protocol section each finding relates to.
 * The application and the command-line tool both call it.
 */
package org.membercomms.checker;
