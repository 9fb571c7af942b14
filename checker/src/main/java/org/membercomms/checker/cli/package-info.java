/**
 * The command-line tool: {@code check}, {@code classify}, {@code evaluate} and
 * {@code bench}, with UTF-8 input and output whatever the locale.
 */
package org.membercomms.checker.cli;
