import circ_b
A = 1
