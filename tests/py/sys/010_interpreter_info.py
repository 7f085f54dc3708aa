# What sys says about the interpreter: the struct sequences, encodings, the
# int-to-str limit, and the command line's options as sys.flags shows them.
import sys

print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag,
      sys.hash_info.algorithm, sys.hash_info.hash_bits, sys.hash_info.seed_bits, sys.hash_info.cutoff)
print(sys.thread_info.name, type(sys.thread_info).__name__, len(sys.thread_info))
f = sys.flags
print(type(f).__name__, len(f), f.debug, f.inspect, f.interactive, f.optimize, f.verbose, f.quiet,
      f.isolated, f.dev_mode, f.safe_path, f.int_max_str_digits, f.no_site, f.bytes_warning)
print(f[3] == f.optimize, f.__class__.__module__)
for t in (type(sys.flags), type(sys.float_info)):
    try:
        t()
    except TypeError as e:
        print(e)
try:
    sys.flags.optimize = 1
except AttributeError as e:
    print(type(e).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=1000)
print(sys.get_int_max_str_digits(), len(str(10 ** 999)))
try:
    str(10 ** 1000)
except ValueError as e:
    print(e)
for bad in (5, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
print(sys.is_finalizing(), sys.call_tracing(divmod, (7, 2)))
try:
    sys.call_tracing(divmod, [7, 2])
except TypeError as e:
    print(e)
print(isinstance(sys.orig_argv, list), sys.orig_argv[-1] == sys.argv[0], sys._xoptions)
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names,
      list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
print(type(sys.stdlib_module_names).__name__, {'os', 'sys', 're', 'json', 'collections'} <= sys.stdlib_module_names)
print(type(sys.prefix).__name__, sys.platlibdir, sys.api_version, sys.float_repr_style, sys.pycache_prefix)
