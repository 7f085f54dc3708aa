# OSError: the subclass errno picks, args kept to (errno, strerror), str().
e=OSError(2,'nf','a.txt'); print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e=OSError(17,'File exists','a','b'); print(type(e).__name__, e, e.args)
print(OSError('x'), OSError(1,2,3,4,5,6).args, str(OSError(1,2,3,4,5,6)), OSError().errno, OSError(5,'io'))
print(FileNotFoundError(2,'x').__class__, OSError(999,'q').__class__, PermissionError(2,'x').__class__)
e = OSError(2, 'No such file', 'f', None, 'g'); print(e)
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as e:
    print(repr(e), e)
