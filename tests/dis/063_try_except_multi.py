try:
    x = 1
except (TypeError, ValueError):
    x = 2
except KeyError as k:
    x = 3
except:
    x = 4
else:
    x = 5
