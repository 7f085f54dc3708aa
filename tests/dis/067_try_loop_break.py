for i in range(3):
    try:
        break
    except E:
        continue
