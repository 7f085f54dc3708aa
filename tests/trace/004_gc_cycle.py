# A cycle that reference counting cannot free: the collector finds it.
import gc

gc.collect()
gc.disable()
x = []
x.append(x)
del x
print(gc.collect())
