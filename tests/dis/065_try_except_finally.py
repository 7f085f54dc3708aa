try:
    x = 1
except E:
    x = 2
finally:
    x = 3
