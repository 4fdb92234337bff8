/** Quality gates: whole-site checks on a real build (valid markup, links, reproducibility, bad input, fuzzing). */
package org.netdeck.gates;
