print("pkg imported")
