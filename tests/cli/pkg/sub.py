print("sub as", __name__)
