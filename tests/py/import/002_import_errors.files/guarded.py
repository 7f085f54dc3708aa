def main():
    print("guarded main ran")
print("guarded imported as", __name__)
if __name__ == "__main__":
    main()
