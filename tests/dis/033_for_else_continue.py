for i in range(3):
    if i:
        continue
    print(i)
else:
    print('done')
