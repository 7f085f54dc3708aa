# `python -m cProfile [-o file] [-s sort] script args`: cProfile.main()
# with sys.argv set as the command line would, the script run as __main__
# with its own argv; the usage and option errors (exit status 2).  The
# script prints nothing while profiled: under redirect_stdout, glasspy's
# io.StringIO is Python code, which would show in the report.
import builtins, cProfile, profile, pstats, io, os, re, sys, tempfile
from contextlib import redirect_stdout, redirect_stderr

tmp = tempfile.mkdtemp()
script = os.path.join(tmp, "script.py")
with open(script, "w") as f:
    f.write("import sys\n"
            "def f(n):\n"
            "    return n if n < 2 else f(n - 1) + f(n - 2)\n"
            "import builtins\n"
            "builtins.RESULT = f(8), sys.argv[1:], __name__\n")

def run(main, *argv):
    sys.argv[:] = [main.__module__ + ".py", *argv]
    out, err = io.StringIO(), io.StringIO()
    code = None
    with redirect_stdout(out), redirect_stderr(err):
        try:
            main()
        except SystemExit as e:
            code = e.code
    text = re.sub(r" at 0x[0-9a-f]+", " at ADDRESS", out.getvalue().replace(tmp, "<tmp>"))
    for line in text.splitlines():
        m = re.match(r"\s+([\d/]+)\s+\d+\.\d{3}\s+(?:\d+\.\d{3}|\s+)\s+\d+\.\d{3}\s+(?:\d+\.\d{3}|\s+)\s(.*)", line)
        if m:
            print("   ", m.group(1), m.group(2))
        else:
            print("   ", re.sub(r"in \d+\.\d{3} seconds", "in T seconds", line))
    print("stderr:", err.getvalue().replace(tmp, "<tmp>"), "exit:", code)
    print("result:", getattr(builtins, "RESULT", None))
    builtins.RESULT = None

run(cProfile.main, "-s", "nfl", script, "a", "b")
run(cProfile.main, "--sort=stdname", script)
run(cProfile.main)
run(cProfile.main, "-s", "bogus", script)
run(cProfile.main, "-q", script)
run(cProfile.main, "-o")
outfile = os.path.join(tmp, "out.prof")
run(cProfile.main, "-o", outfile, script, "x")
print(sorted(f[2] for f in pstats.Stats(outfile, stream=io.StringIO()).stats))
run(profile.main, "-s", "stdname", script)
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
