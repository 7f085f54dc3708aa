class A:
    def m(self):
        def inner():
            pass
        return inner
