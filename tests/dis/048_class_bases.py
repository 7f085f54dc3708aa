class A: pass
class B(A, metaclass=type):
    '''doc'''
    y: int = 2
