class C:
    def m(self):
        return super().m()
