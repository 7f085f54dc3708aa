import json, io
data = {"name": "glasspy", "version": 3.11, "tags": ["a", "b"], "ok": True, "none": None, "n": -12, "nested": {"x": [1, {"y": []}], "e": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps("中文 é \n \"q\" \\ \x01 😀"), json.dumps("中文 😀", ensure_ascii=False))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}), json.dumps([float('nan'), float('inf'), -float('inf'), 1e100, 0.1]))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}, indent=4), json.dumps([[]], indent=1))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps({1, 2}), lambda: json.dumps(float('nan'), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = []; c.append(c)
try:
    json.dumps(c)
except ValueError as e:
    print(e)
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True), json.dumps({1, 2}, default=sorted))
text = json.dumps(data)
print(json.loads(text) == data, json.loads(' [1, 2.5, "x", null, true, false, {"a": {}}] '))
print(json.loads('"\\u4e2d\\ud83d\\ude00\\n\\t\\"\\/"'), json.loads('-0.5e-3'), json.loads('12'), json.loads('NaN'))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d)), json.loads('[1.5]', parse_float=str), json.loads(b'{"b": [1]}'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"z": 1, "a": 2}', object_pairs_hook=list))
for doc in ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '{a: 1}', '[1 2]', '"abc', '"a\\qb"', '[1] x', 'tru', '{"a": }', '"a\x01b"', '\ufeff[]', '[\n1,\n  ]']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, (e.lineno, e.colno, e.pos))
try:
    json.loads(5)
except TypeError as e:
    print(e)
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(issubclass(json.JSONDecodeError, ValueError))
