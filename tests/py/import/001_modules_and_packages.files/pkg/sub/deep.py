from ..helper import f
from .. import helper as h
X = f() + "/deep"
