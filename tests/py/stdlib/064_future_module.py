# __future__: the module a future statement imports, and its feature records.
from __future__ import annotations
import __future__

for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, sorted(__future__.__all__))


def area(width: Dimension, height: Dimension) -> Dimension:  # names defined nowhere: never evaluated
    return width * height


print(area(3, 4))
