/**
 * Build problems: where in the input something is wrong ({@link org.netdeck.problem.SourcePosition}) and what to do
 * about it.
 */
package org.netdeck.problem;
