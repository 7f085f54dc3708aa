import sys
print(sys.version_info)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel)
major, minor, *rest = sys.version_info
print(major, minor, rest, len(sys.version_info), type(sys.version_info).__name__)
if sys.version_info < (3, 0):
    print('old')
else:
    print('py3')
try:
    type(sys.version_info)((3, 11, 2, 'final', 0))
except TypeError as e:
    print(e)
