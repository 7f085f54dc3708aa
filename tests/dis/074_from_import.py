from os import path, sep as s
from . import x
from .a.b import c
from os import *
