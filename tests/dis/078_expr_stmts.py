1
'doc'
x = 1
x
x + 1
