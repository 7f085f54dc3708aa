// posix, who the process is and what it runs on: user, group, process
// group and session ids, scheduling priority and CPU affinity, the
// machine's name and load, the process's CPU times, the terminal's size
// (CPython: posixmodule.c's getuid & co., nice, getpriority, uname, times,
// getloadavg, sched_getaffinity, get_terminal_size).
//
// The results with named fields (uname_result, times_result,
// terminal_size) are struct sequences, tuples whose items are also
// attributes, as in CPython.
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sysexits.h>
#include <unistd.h>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"
#include "runtime/structseq.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/posix_args.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// ---- ids
// ------------------------------------------------------------------------------------------

// The calls that take nothing and cannot fail: getuid, geteuid, getgid,
// getegid, getpgrp.
template <long (*get)()> Object* id_getter(const char* fname, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(fname, nargs, kwnames)) return nullptr;
    return int_from_i64(get());
}

long do_getuid() {
    return ::getuid();
}
long do_geteuid() {
    return ::geteuid();
}
long do_getgid() {
    return ::getgid();
}
long do_getegid() {
    return ::getegid();
}
long do_getpgrp() {
    return ::getpgrp();
}

Object* posix_getuid(Object*, Object* const*, ssize_t n, Object* k) {
    return id_getter<do_getuid>("getuid", n, k);
}
Object* posix_geteuid(Object*, Object* const*, ssize_t n, Object* k) {
    return id_getter<do_geteuid>("geteuid", n, k);
}
Object* posix_getgid(Object*, Object* const*, ssize_t n, Object* k) {
    return id_getter<do_getgid>("getgid", n, k);
}
Object* posix_getegid(Object*, Object* const*, ssize_t n, Object* k) {
    return id_getter<do_getegid>("getegid", n, k);
}
Object* posix_getpgrp(Object*, Object* const*, ssize_t n, Object* k) {
    return id_getter<do_getpgrp>("getpgrp", n, k);
}

// The calls of one pid (or id) that may fail: getpgid, getsid, setuid...
template <long (*call)(int)>
Object* id_call(const char* fname, Object* const* args, ssize_t nargs) {
    if (!check_positional(fname, nargs, 1, 1)) return nullptr;
    int id;
    if (!arg_int(args[0], &id)) return nullptr;
    long r = call(id);
    if (r < 0) return errno_error();
    return int_from_i64(r);
}

long do_getpgid(int pid) {
    return ::getpgid(pid);
}
long do_getsid(int pid) {
    return ::getsid(pid);
}
long do_setuid(int id) {
    return ::setuid(static_cast<uid_t>(id));
}
long do_seteuid(int id) {
    return ::seteuid(static_cast<uid_t>(id));
}
long do_setgid(int id) {
    return ::setgid(static_cast<gid_t>(id));
}
long do_setegid(int id) {
    return ::setegid(static_cast<gid_t>(id));
}

Object* posix_getpgid(Object*, Object* const* a, ssize_t n, Object*) {
    return id_call<do_getpgid>("getpgid", a, n);
}
Object* posix_getsid(Object*, Object* const* a, ssize_t n, Object*) {
    return id_call<do_getsid>("getsid", a, n);
}

// set*id return None, not the 0 of the system call.
template <long (*call)(int)>
Object* id_setter(const char* fname, Object* const* args, ssize_t nargs) {
    Ref<> r = Ref<>::steal(id_call<call>(fname, args, nargs));
    return r ? none_ref() : nullptr;
}

Object* posix_setuid(Object*, Object* const* a, ssize_t n, Object*) {
    return id_setter<do_setuid>("setuid", a, n);
}
Object* posix_seteuid(Object*, Object* const* a, ssize_t n, Object*) {
    return id_setter<do_seteuid>("seteuid", a, n);
}
Object* posix_setgid(Object*, Object* const* a, ssize_t n, Object*) {
    return id_setter<do_setgid>("setgid", a, n);
}
Object* posix_setegid(Object*, Object* const* a, ssize_t n, Object*) {
    return id_setter<do_setegid>("setegid", a, n);
}

Object* posix_getgroups(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getgroups", nargs, kwnames)) return nullptr;
    int n = ::getgroups(0, nullptr);
    if (n < 0) return errno_error();
    std::vector<gid_t> groups(static_cast<std::size_t>(n));
    n = ::getgroups(n, groups.data());
    if (n < 0) return errno_error();
    Ref<> list = Ref<>::steal(list_new(0));
    for (int i = 0; list && i < n; ++i)
        if (!put_in_list(list.get(), int_from_i64(groups[static_cast<std::size_t>(i)])))
            return nullptr;
    return list.release();
}

// getlogin(): the name logged in on the controlling terminal.
Object* posix_getlogin(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getlogin", nargs, kwnames)) return nullptr;
    errno = 0;
    const char* name = ::getlogin();
    if (!name) {
        if (errno) return errno_error();
        set_error(&exc::OSError, "unable to determine login name");
        return nullptr;
    }
    return str_from_utf8(name);
}

Object* posix_setsid(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("setsid", nargs, kwnames)) return nullptr;
    if (::setsid() < 0) return errno_error();
    return none_ref();
}

Object* posix_setpgrp(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("setpgrp", nargs, kwnames)) return nullptr;
    if (::setpgid(0, 0) < 0) return errno_error();
    return none_ref();
}

// Two ints, then a call that returns 0 or -1: setpgid, killpg.
bool two_ints(const char* fname, Object* const* args, ssize_t nargs, int* a, int* b) {
    return check_positional(fname, nargs, 2, 2) && arg_int(args[0], a) && arg_int(args[1], b);
}

Object* posix_setpgid(Object*, Object* const* args, ssize_t nargs, Object*) {
    int pid, pgrp;
    if (!two_ints("setpgid", args, nargs, &pid, &pgrp)) return nullptr;
    if (::setpgid(pid, pgrp) < 0) return errno_error();
    return none_ref();
}

Object* posix_killpg(Object*, Object* const* args, ssize_t nargs, Object*) {
    int pgid, sig;
    if (!two_ints("killpg", args, nargs, &pgid, &sig)) return nullptr;
    if (::killpg(pgid, sig) < 0) return errno_error();
    return none_ref();
}

// abort(): SIGABRT, no clean-up, a core file where the system keeps them.
Object* posix_abort(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("abort", nargs, kwnames)) return nullptr;
    std::abort();
}

// ---- priority and scheduling
// ----------------------------------------------------------------------

// nice and getpriority may return -1 as a value: only errno tells an error.
Object* posix_nice(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("nice", nargs, 1, 1)) return nullptr;
    int increment;
    if (!arg_int(args[0], &increment)) return nullptr;
    errno = 0;
    int value = ::nice(increment);
    if (value == -1 && errno != 0) return errno_error();
    return int_from_i64(value);
}

Object* posix_getpriority(Object*, Object* const* args, ssize_t nargs, Object*) {
    int which, who;
    if (!two_ints("getpriority", args, nargs, &which, &who)) return nullptr;
    errno = 0;
    int value = ::getpriority(static_cast<__priority_which_t>(which), static_cast<id_t>(who));
    if (value == -1 && errno != 0) return errno_error();
    return int_from_i64(value);
}

Object* posix_setpriority(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("setpriority", nargs, 3, 3)) return nullptr;
    int which, who, priority;
    if (!arg_int(args[0], &which) || !arg_int(args[1], &who) || !arg_int(args[2], &priority))
        return nullptr;
    if (::setpriority(static_cast<__priority_which_t>(which), static_cast<id_t>(who), priority) < 0)
        return errno_error();
    return none_ref();
}

// sched_getaffinity(pid, /) -> the set of CPUs the process may run on.  The
// mask is grown until the kernel's fits (EINVAL means "too small").
Object* posix_sched_getaffinity(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("sched_getaffinity", nargs, 1, 1)) return nullptr;
    int pid;
    if (!arg_int(args[0], &pid)) return nullptr;
    for (int ncpus = 1024;; ncpus *= 2) {
        cpu_set_t* mask = CPU_ALLOC(ncpus);
        if (!mask) return errno_error();
        std::size_t size = CPU_ALLOC_SIZE(ncpus);
        if (::sched_getaffinity(pid, size, mask) != 0) {
            int err = errno;
            CPU_FREE(mask);
            if (err == EINVAL && ncpus < (1 << 20)) continue;
            set_os_error(err, nullptr);
            return nullptr;
        }
        Ref<> cpus = Ref<>::steal(set_new(nullptr));
        for (int cpu = 0; cpus && cpu < ncpus; ++cpu) {
            if (!CPU_ISSET_S(cpu, size, mask)) continue;
            Ref<> n = Ref<>::steal(int_from_i64(cpu));
            if (!n || set_add(cpus.get(), n.get()) < 0) cpus = Ref<>();
        }
        CPU_FREE(mask);
        return cpus.release();
    }
}

Object* posix_sched_yield(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("sched_yield", nargs, kwnames)) return nullptr;
    {
        GilReleased released;  // let another thread of ours have the CPU too
        ::sched_yield();
    }
    return none_ref();
}

// ---- the machine and the process's times
// ----------------------------------------------------------

const StructSeqField UNAME_FIELDS[] = {
    {"sysname", "operating system name"},
    {"nodename", "name of machine on network (implementation-defined)"},
    {"release", "operating system release"},
    {"version", "operating system version"},
    {"machine", "hardware identifier"},
};
const StructSeqDesc UNAME_DESC = {
    "posix.uname_result",
    "uname_result: Result from os.uname().\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (sysname, nodename, release, version, machine),\n"
    "or via the attributes sysname, nodename, release, version, and machine.\n\n"
    "See os.uname for more information.",
    UNAME_FIELDS,
    5,
};
TypeObject uname_result_type;

Object* posix_uname(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("uname", nargs, kwnames)) return nullptr;
    utsname u;
    if (::uname(&u) != 0) return errno_error();
    Object* items[] = {str_from_utf8(u.sysname), str_from_utf8(u.nodename),
                       str_from_utf8(u.release), str_from_utf8(u.version),
                       str_from_utf8(u.machine)};
    return structseq_new(&uname_result_type, items);
}

const StructSeqField TIMES_FIELDS[] = {
    {"user", "user time"},
    {"system", "system time"},
    {"children_user", "user time of children"},
    {"children_system", "system time of children"},
    {"elapsed", "elapsed time since an arbitrary point in the past"},
};
const StructSeqDesc TIMES_DESC = {
    "posix.times_result",
    "times_result: Result from os.times().\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (user, system, children_user, children_system, elapsed),\n"
    "or via the attributes user, system, children_user, children_system,\n"
    "and elapsed.\n\n"
    "See os.times for more information.",
    TIMES_FIELDS,
    5,
};
TypeObject times_result_type;

// times(): CPU seconds, from the kernel's clock ticks (sysconf(SC_CLK_TCK)
// of them a second).
Object* posix_times(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("times", nargs, kwnames)) return nullptr;
    tms t;
    clock_t elapsed = ::times(&t);
    if (elapsed == static_cast<clock_t>(-1)) return errno_error();
    double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
    auto seconds = [ticks](clock_t c) { return float_from_double(static_cast<double>(c) / ticks); };
    Object* items[] = {seconds(t.tms_utime), seconds(t.tms_stime), seconds(t.tms_cutime),
                       seconds(t.tms_cstime), seconds(elapsed)};
    return structseq_new(&times_result_type, items);
}

// getloadavg() -> the run-queue lengths over 1, 5 and 15 minutes.
Object* posix_getloadavg(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("getloadavg", nargs, kwnames)) return nullptr;
    double load[3];
    if (::getloadavg(load, 3) != 3) {
        set_error(&exc::OSError, "Load averages are unobtainable");
        return nullptr;
    }
    Ref<> a = Ref<>::steal(float_from_double(load[0]));
    Ref<> b = Ref<>::steal(float_from_double(load[1]));
    Ref<> c = Ref<>::steal(float_from_double(load[2]));
    if (!a || !b || !c) return nullptr;
    return tuple_pack({a.get(), b.get(), c.get()});
}

const StructSeqField TERMINAL_SIZE_FIELDS[] = {
    {"columns", "width of the terminal window in characters"},
    {"lines", "height of the terminal window in characters"},
};
const StructSeqDesc TERMINAL_SIZE_DESC = {
    "os.terminal_size",
    "A tuple of (columns, lines) for holding terminal window size",
    TERMINAL_SIZE_FIELDS,
    2,
};
TypeObject terminal_size_type;

// get_terminal_size(fd=1, /): the window size the terminal driver keeps
// (TIOCGWINSZ); OSError (ENOTTY) when fd is not a terminal.
Object* posix_get_terminal_size(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("get_terminal_size", nargs, 0, 1)) return nullptr;
    int fd = STDOUT_FILENO;
    if (nargs == 1 && !arg_int(args[0], &fd)) return nullptr;
    winsize w;
    if (::ioctl(fd, TIOCGWINSZ, &w) != 0) return errno_error();
    Object* items[] = {int_from_i64(w.ws_col), int_from_i64(w.ws_row)};
    return structseq_new(&terminal_size_type, items);
}

Object* posix_ctermid(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("ctermid", nargs, kwnames)) return nullptr;
    char buf[L_ctermid];
    const char* name = ::ctermid(buf);
    if (!name) return errno_error();
    return str_from_utf8(name);
}

const BuiltinDef SYSTEM_FUNCTIONS[] = {
    {"getuid", posix_getuid, "getuid($module, /)\n--\n\nReturn the current process's user id."},
    {"geteuid", posix_geteuid,
     "geteuid($module, /)\n--\n\nReturn the current process's effective user id."},
    {"getgid", posix_getgid, "getgid($module, /)\n--\n\nReturn the current process's group id."},
    {"getegid", posix_getegid,
     "getegid($module, /)\n--\n\nReturn the current process's effective group id."},
    {"getgroups", posix_getgroups,
     "getgroups($module, /)\n--\n\nReturn list of supplemental group IDs for the process."},
    {"getlogin", posix_getlogin, "getlogin($module, /)\n--\n\nReturn the actual login name."},
    {"setuid", posix_setuid, "setuid($module, uid, /)\n--\n\nSet the current process's user id."},
    {"seteuid", posix_seteuid,
     "seteuid($module, euid, /)\n--\n\nSet the current process's effective user id."},
    {"setgid", posix_setgid, "setgid($module, gid, /)\n--\n\nSet the current process's group id."},
    {"setegid", posix_setegid,
     "setegid($module, egid, /)\n--\n\nSet the current process's effective group id."},
    {"abort", posix_abort, "abort($module, /)\n--\n\nAbort the interpreter immediately."},
    {"getpgrp", posix_getpgrp, "getpgrp($module, /)\n--\n\nReturn the current process group id."},
    {"getpgid", posix_getpgid,
     "getpgid($module, /, pid)\n--\n\nCall the system call getpgid(), and return the result."},
    {"getsid", posix_getsid,
     "getsid($module, pid, /)\n--\n\nCall the system call getsid(pid) and return the result."},
    {"setsid", posix_setsid, "setsid($module, /)\n--\n\nCall the system call setsid()."},
    {"setpgrp", posix_setpgrp,
     "setpgrp($module, /)\n--\n\nMake the current process the leader of its process group."},
    {"setpgid", posix_setpgid,
     "setpgid($module, pid, pgrp, /)\n--\n\nCall the system call setpgid(pid, pgrp)."},
    {"killpg", posix_killpg,
     "killpg($module, pgid, signal, /)\n--\n\nKill a process group with a signal."},
    {"nice", posix_nice,
     "nice($module, increment, /)\n--\n\nAdd increment to the priority of process and return the "
     "new priority."},
    {"getpriority", posix_getpriority,
     "getpriority($module, which, who, /)\n--\n\nReturn program scheduling priority."},
    {"setpriority", posix_setpriority,
     "setpriority($module, which, who, priority, /)\n--\n\nSet program scheduling priority."},
    {"sched_getaffinity", posix_sched_getaffinity,
     "sched_getaffinity($module, pid, /)\n--\n\n"
     "Return the affinity of the process identified by pid (or the current process if zero)."},
    {"sched_yield", posix_sched_yield,
     "sched_yield($module, /)\n--\n\nVoluntarily relinquish the CPU."},
    {"uname", posix_uname,
     "uname($module, /)\n--\n\nReturn an object identifying the current operating system."},
    {"times", posix_times,
     "times($module, /)\n--\n\nReturn a collection containing process timing information."},
    {"getloadavg", posix_getloadavg,
     "getloadavg($module, /)\n--\n\n"
     "Return average recent system load information."},
    {"get_terminal_size", posix_get_terminal_size,
     "get_terminal_size($module, fd=<unrepresentable>, /)\n--\n\n"
     "Return the size of the terminal window as (columns, lines)."},
    {"ctermid", posix_ctermid,
     "ctermid($module, /)\n--\n\nReturn the name of the controlling terminal for this process."},
};

// The exit codes of sysexits.h, the priority targets, and scheduling policies.
const IntConstant SYSTEM_CONSTANTS[] = {
    {"EX_OK", EX_OK},
    {"EX_USAGE", EX_USAGE},
    {"EX_DATAERR", EX_DATAERR},
    {"EX_NOINPUT", EX_NOINPUT},
    {"EX_NOUSER", EX_NOUSER},
    {"EX_NOHOST", EX_NOHOST},
    {"EX_UNAVAILABLE", EX_UNAVAILABLE},
    {"EX_SOFTWARE", EX_SOFTWARE},
    {"EX_OSERR", EX_OSERR},
    {"EX_OSFILE", EX_OSFILE},
    {"EX_CANTCREAT", EX_CANTCREAT},
    {"EX_IOERR", EX_IOERR},
    {"EX_TEMPFAIL", EX_TEMPFAIL},
    {"EX_PROTOCOL", EX_PROTOCOL},
    {"EX_NOPERM", EX_NOPERM},
    {"EX_CONFIG", EX_CONFIG},
    {"PRIO_PROCESS", PRIO_PROCESS},
    {"PRIO_PGRP", PRIO_PGRP},
    {"PRIO_USER", PRIO_USER},
    {"SCHED_OTHER", SCHED_OTHER},
    {"SCHED_FIFO", SCHED_FIFO},
    {"SCHED_RR", SCHED_RR},
    {"SCHED_BATCH", SCHED_BATCH},
    {"SCHED_IDLE", SCHED_IDLE},
    {"SCHED_RESET_ON_FORK", SCHED_RESET_ON_FORK},
    {"NGROUPS_MAX", NGROUPS_MAX},
};

struct ResultType {
    TypeObject* type;
    const StructSeqDesc* desc;
    const char* name;  // in the module
};

const ResultType RESULT_TYPES[] = {
    {&uname_result_type, &UNAME_DESC, "uname_result"},
    {&times_result_type, &TIMES_DESC, "times_result"},
    {&terminal_size_type, &TERMINAL_SIZE_DESC, "terminal_size"},
};

}  // namespace

bool add_system_functions(Object* module) {
    for (const ResultType& r : RESULT_TYPES) {
        if (!r.type->tp_dict && !structseq_init_type(r.type, *r.desc)) return false;
        if (dict_setitem_str(module_dict(module), r.name, r.type) < 0) return false;
    }
    return add_functions(module, SYSTEM_FUNCTIONS) && add_int_constants(module, SYSTEM_CONSTANTS);
}

}  // namespace glasspy::stdlib
