# "5j3": a digit right after an imaginary literal (tokenizer columns count characters).
x = "é"; y = 5j3
