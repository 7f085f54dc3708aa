// posix, the part about processes and descriptors between them (CPython:
// Modules/posixmodule.c's fork, register_at_fork, pipe, dup, waitpid, kill,
// waitid, execv and the W* status macros).
//
// fork() is where the interpreter's own state has to be mended: the child
// holds a copy of every thread's state, but only the thread that called
// fork() exists in it.  So the child gets a new GIL held by that thread, the
// other thread states are dropped from the interpreter's list (their memory
// is left alone: their frames may still be referenced), and then the
// Python-level hooks run, among them threading's _after_fork, which forgets
// the Thread objects of the threads that are gone (CPython:
// PyOS_AfterFork_Child).  The hooks registered with register_at_fork are
// kept in three lists in the module's namespace.
#include "stdlib/posix_process.hpp"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <string>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/structseq.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/posix_args.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// Where register_at_fork keeps its callables, in the posix module's namespace.
constexpr const char* HOOKS_BEFORE = "_at_fork_before";
constexpr const char* HOOKS_PARENT = "_at_fork_after_in_parent";
constexpr const char* HOOKS_CHILD = "_at_fork_after_in_child";


Object* os_error() {
    set_os_error(errno, nullptr);
    return nullptr;
}

// ---- fork and its hooks ---------------------------------------------------------------------------

// Calls each hook in list (from the last when reversed); a hook that raises
// is reported and the others still run, as in CPython.
void run_hooks(Object* module, const char* which, bool reversed) {
    Object* list = dict_getitem_str(module_dict(module), which);
    if (!list || !is_list(list)) return;
    Ref<> hooks = Ref<>::steal(tuple_from_iterable(list));  // a hook may register another
    if (!hooks) {
        clear_error();
        return;
    }
    ssize_t n = tuple_size(hooks.get());
    for (ssize_t k = 0; k < n; ++k) {
        Object* hook = tuple_items(hooks.get())[reversed ? n - 1 - k : k];
        Ref<> r = Ref<>::steal(call(hook, nullptr, 0));
        if (!r) interp::write_unraisable(hook);
    }
}

// The child's side of fork: only the calling thread goes on.
void after_fork_in_child() {
    ThreadState* me = ThreadState::current();
    gil_reinit_after_fork(me);
    InterpreterState& in = rt::interp();
    in.threads = me;
    me->next = nullptr;
}

Object* posix_fork(Object* module, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("fork", nargs, kwnames)) return nullptr;
    run_hooks(module, HOOKS_BEFORE, true);
    pid_t pid = ::fork();
    if (pid < 0) {
        int err = errno;
        run_hooks(module, HOOKS_PARENT, false);
        errno = err;
        return os_error();
    }
    if (pid == 0) {
        after_fork_in_child();
        run_hooks(module, HOOKS_CHILD, false);
    } else {
        run_hooks(module, HOOKS_PARENT, false);
    }
    return int_from_i64(pid);
}

bool add_hook(Object* module, const char* list_name, Object* hook) {
    Object* d = module_dict(module);
    Object* list = dict_getitem_str(d, list_name);
    if (!list) {
        Ref<> fresh = Ref<>::steal(list_new(0));
        if (!fresh || dict_setitem_str(d, list_name, fresh.get()) < 0) return false;
        list = fresh.get();
    }
    return list_append(list, hook) == 0;
}

Object* posix_register_at_fork(Object* module, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"before", "after_in_child", "after_in_parent"};
    static constexpr ArgParser parser{"register_at_fork", kw, 0, 0, 0};
    Object* argv[3];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    if (!argv[0] && !argv[1] && !argv[2]) {
        set_error(&exc::TypeError, "At least one argument is required.");
        return nullptr;
    }
    const char* lists[] = {HOOKS_BEFORE, HOOKS_CHILD, HOOKS_PARENT};
    for (int k = 0; k < 3; ++k) {
        if (argv[k] && !argv[k]->ob_type->tp_call) {
            set_error_fmt(&exc::TypeError, "'{}' must be callable, not {}", kw[k], type_name(argv[k]));
            return nullptr;
        }
    }
    for (int k = 0; k < 3; ++k)
        if (argv[k] && !add_hook(module, lists[k], argv[k])) return nullptr;
    return none_ref();
}

// ---- waiting for children -------------------------------------------------------------------------

Object* posix_waitpid(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("waitpid", nargs, 2, 2)) return nullptr;
    int pid, options;
    if (!arg_int(args[0], &pid) || !arg_int(args[1], &options)) return nullptr;
    int status = 0;
    pid_t got;
    do {
        GilReleased released;
        got = ::waitpid(pid, &status, options);
    } while (got < 0 && errno == EINTR);
    if (got < 0) return os_error();
    Ref<> p = Ref<>::steal(int_from_i64(got));
    Ref<> s = Ref<>::steal(int_from_i64(status));
    if (!p || !s) return nullptr;
    return tuple_pack({p.get(), s.get()});
}

// wait() -> (pid, status) of any child that ended.
Object* posix_wait(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("wait", nargs, kwnames)) return nullptr;
    int status = 0;
    pid_t got;
    do {
        GilReleased released;
        got = ::wait(&status);
    } while (got < 0 && errno == EINTR);
    if (got < 0) return os_error();
    Ref<> p = Ref<>::steal(int_from_i64(got));
    Ref<> s = Ref<>::steal(int_from_i64(status));
    if (!p || !s) return nullptr;
    return tuple_pack({p.get(), s.get()});
}

// waitid(idtype, id, options, /): what the kernel says about the child in
// a siginfo_t; None when WNOHANG finds no child ready (si_pid stays 0).
const StructSeqField WAITID_FIELDS[] = {
    {"si_pid", nullptr}, {"si_uid", nullptr}, {"si_signo", nullptr}, {"si_status", nullptr}, {"si_code", nullptr},
};
const StructSeqDesc WAITID_DESC = {
    "posix.waitid_result",
    "waitid_result: Result from waitid.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (si_pid, si_uid, si_signo, si_status, si_code),\n"
    "or via the attributes si_pid, si_uid, and so on.\n\n"
    "See os.waitid for more information.",
    WAITID_FIELDS,
    5,
};
TypeObject waitid_result_type;

Object* posix_waitid(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("waitid", nargs, 3, 3)) return nullptr;
    int idtype, id, options;
    if (!arg_int(args[0], &idtype) || !arg_int(args[1], &id) || !arg_int(args[2], &options)) return nullptr;
    siginfo_t info{};
    int rc;
    do {
        GilReleased released;
        rc = ::waitid(static_cast<idtype_t>(idtype), static_cast<id_t>(id), &info, options);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) return os_error();
    if (info.si_pid == 0) return none_ref();
    Object* items[] = {int_from_i64(info.si_pid), int_from_i64(info.si_uid), int_from_i64(info.si_signo),
                       int_from_i64(info.si_status), int_from_i64(info.si_code)};
    return structseq_new(&waitid_result_type, items);
}

// The W* macros take the status as the keyword `status` (CPython's clinic).
bool status_arg(const char* fname, Object* const* args, ssize_t nargs, Object* kwnames, int* status) {
    static constexpr const char* kw[] = {"status"};
    ArgParser parser{fname, kw, 1, 1, 0};
    Object* argv[1];
    return unpack_keywords(parser, args, nargs, kwnames, argv) && arg_int(argv[0], status);
}

template <bool (*test)(int)>
Object* status_predicate(const char* fname, Object* const* args, ssize_t nargs, Object* kwnames) {
    int status;
    if (!status_arg(fname, args, nargs, kwnames, &status)) return nullptr;
    return new_ref(bool_from(test(status))).release();
}

template <int (*field)(int)>
Object* status_field(const char* fname, Object* const* args, ssize_t nargs, Object* kwnames) {
    int status;
    if (!status_arg(fname, args, nargs, kwnames, &status)) return nullptr;
    return int_from_i64(field(status));
}

bool if_exited(int s) { return WIFEXITED(s); }
bool if_signaled(int s) { return WIFSIGNALED(s); }
bool if_stopped(int s) { return WIFSTOPPED(s); }
bool if_continued(int s) { return WIFCONTINUED(s); }
bool core_dumped(int s) { return WCOREDUMP(s); }
int exit_status(int s) { return WEXITSTATUS(s); }
int term_sig(int s) { return WTERMSIG(s); }
int stop_sig(int s) { return WSTOPSIG(s); }

Object* posix_wifexited(Object*, Object* const* a, ssize_t n, Object* k) {
    return status_predicate<if_exited>("WIFEXITED", a, n, k);
}
Object* posix_wifsignaled(Object*, Object* const* a, ssize_t n, Object* k) {
    return status_predicate<if_signaled>("WIFSIGNALED", a, n, k);
}
Object* posix_wifstopped(Object*, Object* const* a, ssize_t n, Object* k) {
    return status_predicate<if_stopped>("WIFSTOPPED", a, n, k);
}
Object* posix_wifcontinued(Object*, Object* const* a, ssize_t n, Object* k) {
    return status_predicate<if_continued>("WIFCONTINUED", a, n, k);
}
Object* posix_wcoredump(Object*, Object* const* a, ssize_t n, Object* k) {
    return status_predicate<core_dumped>("WCOREDUMP", a, n, k);
}
Object* posix_wexitstatus(Object*, Object* const* a, ssize_t n, Object* k) {
    return status_field<exit_status>("WEXITSTATUS", a, n, k);
}
Object* posix_wtermsig(Object*, Object* const* a, ssize_t n, Object* k) {
    return status_field<term_sig>("WTERMSIG", a, n, k);
}
Object* posix_wstopsig(Object*, Object* const* a, ssize_t n, Object* k) {
    return status_field<stop_sig>("WSTOPSIG", a, n, k);
}

// An exit code as subprocess reports it: the exit status, or minus the
// signal that killed the process.
Object* posix_waitstatus_to_exitcode(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    int status;
    if (!status_arg("waitstatus_to_exitcode", args, nargs, kwnames, &status)) return nullptr;
    if (WIFEXITED(status)) return int_from_i64(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return int_from_i64(-WTERMSIG(status));
    set_error_fmt(&exc::ValueError, "invalid wait status: {}", status);
    return nullptr;
}

Object* posix_kill(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("kill", nargs, 2, 2)) return nullptr;
    int pid, sig;
    if (!arg_int(args[0], &pid) || !arg_int(args[1], &sig)) return nullptr;
    if (::kill(pid, sig) != 0) return os_error();
    return none_ref();
}

// ---- descriptors ----------------------------------------------------------------------------------

// New descriptors are not inherited by exec'd programs, as in CPython (PEP 446).
Object* posix_pipe(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("pipe", nargs, kwnames)) return nullptr;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return os_error();
    Ref<> r = Ref<>::steal(int_from_i64(fds[0]));
    Ref<> w = Ref<>::steal(int_from_i64(fds[1]));
    if (!r || !w) return nullptr;
    return tuple_pack({r.get(), w.get()});
}

Object* posix_dup(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("dup", nargs, 1, 1)) return nullptr;
    int fd;
    if (!arg_int(args[0], &fd)) return nullptr;
    int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0) return os_error();
    return int_from_i64(copy);
}

Object* posix_dup2(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"fd", "fd2", "inheritable"};
    static constexpr ArgParser parser{"dup2", kw, 2, 3, 0};
    Object* argv[3];
    int fd, fd2;
    if (!unpack_keywords(parser, args, nargs, kwnames, argv) || !arg_int(argv[0], &fd) || !arg_int(argv[1], &fd2))
        return nullptr;
    bool inheritable = true;
    if (argv[2]) {
        int t = is_true(argv[2]);
        if (t < 0) return nullptr;
        inheritable = t != 0;
    }
    int r = inheritable || fd == fd2 ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) return os_error();
    return int_from_i64(r);
}

Object* posix_get_inheritable(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("get_inheritable", nargs, 1, 1)) return nullptr;
    int fd;
    if (!arg_int(args[0], &fd)) return nullptr;
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0) return os_error();
    return new_ref(bool_from(!(flags & FD_CLOEXEC))).release();
}

Object* posix_set_inheritable(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("set_inheritable", nargs, 2, 2)) return nullptr;
    int fd;
    if (!arg_int(args[0], &fd)) return nullptr;
    int inheritable = is_true(args[1]);
    if (inheritable < 0) return nullptr;
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0) return os_error();
    flags = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    if (::fcntl(fd, F_SETFD, flags) < 0) return os_error();
    return none_ref();
}

// ---- exec -----------------------------------------------------------------------------------------

// A list or tuple of str (or bytes) as the C strings exec wants.
bool string_list(const char* fname, Object* seq, std::vector<std::string>* out) {
    if (!is_list(seq) && !is_tuple(seq)) {
        set_error_fmt(&exc::TypeError, "{}() arg 2 must be a tuple or list", fname);
        return false;
    }
    Ref<> items = Ref<>::steal(tuple_from_iterable(seq));
    if (!items) return false;
    for (ssize_t k = 0; k < tuple_size(items.get()); ++k) {
        Object* item = tuple_items(items.get())[k];
        if (is_bytes(item)) out->emplace_back(bytes_view(item));
        else if (is_str(item)) out->push_back(str_to_utf8(item));
        else {
            set_error(&exc::TypeError, "expected str, bytes or os.PathLike object, not " +
                                           std::string(type_name(item)));
            return false;
        }
    }
    return true;
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
    std::vector<char*> out;
    for (std::string& s : v) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

Object* exec_call(const char* fname, Object* const* args, ssize_t nargs, bool with_env) {
    if (!check_positional(fname, nargs, with_env ? 3 : 2, with_env ? 3 : 2)) return nullptr;
    std::string path;
    if (is_bytes(args[0])) path = std::string(bytes_view(args[0]));
    else if (!arg_str_utf8(args[0], fname, "argument 1", &path)) return nullptr;
    std::vector<std::string> argv;
    if (!string_list(fname, args[1], &argv)) return nullptr;
    if (argv.empty()) {
        set_error_fmt(&exc::ValueError, "{}() arg 2 must not be empty", fname);
        return nullptr;
    }
    if (argv[0].empty()) {
        set_error_fmt(&exc::ValueError, "{}() arg 2 first element cannot be empty", fname);
        return nullptr;
    }
    std::vector<std::string> env;
    if (with_env) {
        if (!is_dict(args[2])) {
            set_error(&exc::TypeError, "execve: environment must be a mapping object");
            return nullptr;
        }
        Object* key;
        Object* value;
        for (ssize_t pos = 0; dict_next(args[2], &pos, &key, &value);) {
            if (!is_str(key) || !is_str(value)) {
                set_error(&exc::TypeError, "execve: environment keys and values must be str");
                return nullptr;
            }
            env.push_back(str_to_utf8(key) + "=" + str_to_utf8(value));
        }
    }
    std::vector<char*> cargv = c_strings(argv);
    if (with_env) {
        std::vector<char*> cenv = c_strings(env);
        ::execve(path.c_str(), cargv.data(), cenv.data());
    } else {
        ::execv(path.c_str(), cargv.data());
    }
    return os_error();
}

Object* posix_execv(Object*, Object* const* a, ssize_t n, Object*) { return exec_call("execv", a, n, false); }
Object* posix_execve(Object*, Object* const* a, ssize_t n, Object*) { return exec_call("execve", a, n, true); }

const BuiltinDef PROCESS_FUNCTIONS[] = {
    {"fork", posix_fork,
     "fork($module, /)\n--\n\n"
     "Fork a child process."},
    {"register_at_fork", posix_register_at_fork,
     "Register callables to be called when forking a new process."},
    {"waitpid", posix_waitpid,
     "waitpid($module, pid, options, /)\n--\n\n"
     "Wait for completion of a given child process."},
    {"wait", posix_wait,
     "wait($module, /)\n--\n\n"
     "Wait for completion of a child process."},
    {"WIFEXITED", posix_wifexited,
     "WIFEXITED($module, /, status)\n--\n\n"
     "Return True if the process returning status exited via the exit() system call."},
    {"WIFSIGNALED", posix_wifsignaled,
     "WIFSIGNALED($module, /, status)\n--\n\n"
     "Return True if the process returning status was terminated by a signal."},
    {"WIFSTOPPED", posix_wifstopped,
     "WIFSTOPPED($module, /, status)\n--\n\n"
     "Return True if the process returning status was stopped."},
    {"waitid", posix_waitid,
     "waitid($module, idtype, id, options, /)\n--\n\n"
     "Returns the result of waiting for a process or processes."},
    {"WIFCONTINUED", posix_wifcontinued,
     "WIFCONTINUED($module, /, status)\n--\n\n"
     "Return True if a particular process was continued from a job control stop."},
    {"WCOREDUMP", posix_wcoredump,
     "WCOREDUMP($module, status, /)\n--\n\n"
     "Return True if the process returning status was dumped to a core file."},
    {"WEXITSTATUS", posix_wexitstatus,
     "WEXITSTATUS($module, /, status)\n--\n\n"
     "Return the process return code from status."},
    {"WTERMSIG", posix_wtermsig,
     "WTERMSIG($module, /, status)\n--\n\n"
     "Return the signal that terminated the process that provided the status value."},
    {"WSTOPSIG", posix_wstopsig,
     "WSTOPSIG($module, /, status)\n--\n\n"
     "Return the signal that stopped the process that provided the status value."},
    {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode,
     "waitstatus_to_exitcode($module, /, status)\n--\n\n"
     "Convert a wait status to an exit code."},
    {"kill", posix_kill,
     "kill($module, pid, signal, /)\n--\n\n"
     "Kill a process with a signal."},
    {"pipe", posix_pipe,
     "pipe($module, /)\n--\n\n"
     "Create a pipe."},
    {"dup", posix_dup,
     "dup($module, fd, /)\n--\n\n"
     "Return a duplicate of a file descriptor."},
    {"dup2", posix_dup2,
     "dup2($module, /, fd, fd2, inheritable=True)\n--\n\n"
     "Duplicate file descriptor."},
    {"get_inheritable", posix_get_inheritable,
     "get_inheritable($module, fd, /)\n--\n\n"
     "Get the close-on-exe flag of the specified file descriptor."},
    {"set_inheritable", posix_set_inheritable,
     "set_inheritable($module, fd, inheritable, /)\n--\n\n"
     "Set the inheritable flag of the specified file descriptor."},
    {"execv", posix_execv,
     "execv($module, path, argv, /)\n--\n\n"
     "Execute an executable path with arguments, replacing current process."},
    {"execve", posix_execve,
     "execve($module, /, path, argv, env)\n--\n\n"
     "Execute an executable path with arguments, replacing current process."},
};

// waitpid's and waitid's options, waitid's id types and si_code values.
const IntConstant PROCESS_CONSTANTS[] = {
    {"WNOHANG", WNOHANG},         {"WUNTRACED", WUNTRACED},       {"WCONTINUED", WCONTINUED},
    {"WEXITED", WEXITED},         {"WSTOPPED", WSTOPPED},         {"WNOWAIT", WNOWAIT},
    {"P_PID", P_PID},             {"P_PGID", P_PGID},             {"P_ALL", P_ALL},
    {"P_PIDFD", 3},  // the kernel's number (linux/wait.h): glibc 2.36's idtype_t lacks it
    {"CLD_EXITED", CLD_EXITED},   {"CLD_KILLED", CLD_KILLED},     {"CLD_DUMPED", CLD_DUMPED},
    {"CLD_TRAPPED", CLD_TRAPPED}, {"CLD_STOPPED", CLD_STOPPED},   {"CLD_CONTINUED", CLD_CONTINUED},
};

}  // namespace

bool add_process_functions(Object* module) {
    if (!waitid_result_type.tp_dict && !structseq_init_type(&waitid_result_type, WAITID_DESC)) return false;
    return add_functions(module, PROCESS_FUNCTIONS) && add_int_constants(module, PROCESS_CONSTANTS) &&
           dict_setitem_str(module_dict(module), "waitid_result", &waitid_result_type) == 0;
}

}  // namespace glasspy::stdlib
