// _multiprocessing: the few system facilities that multiprocessing (the
// Python package in stdlib/lib/multiprocessing/) needs beyond os (CPython:
// Modules/_multiprocessing/semaphore.c and Modules/_posixshmem.c).
//
// Everything processes share lives in shared memory: an arena is an
// anonymous file (memfd_create) mapped MAP_SHARED, so that a child made by
// fork() sees the same pages, and a child started fresh (spawn) can map the
// same file from the descriptor it inherits.  Value and Array keep their
// bytes there; a lock or semaphore is a POSIX process-shared sem_t placed in
// an arena (sem_init with pshared=1), instead of CPython's named sem_open
// semaphores, so there is no name to unlink when the program ends.
//
// Addresses travel to Python as plain ints and back: this module trusts its
// one caller, multiprocessing.heap, to pass only addresses it got from
// shm_map plus offsets inside the arena, and to unmap an arena only when no
// object of this process uses it any more (heap.Arena's __del__).
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <ctime>
#include <semaphore.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {


Object* os_error() {
    set_os_error(errno, nullptr);
    return nullptr;
}

bool address_arg(Object* o, char** out) {
    ssize_t value;
    if (!arg_ssize(o, &value)) return false;
    *out = reinterpret_cast<char*>(value);
    return true;
}

// ---- arenas ---------------------------------------------------------------------------------------

// shm_create(size) -> fd: a new anonymous file of size bytes (zeroed).
Object* mp_shm_create(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("shm_create", nargs, 1, 1)) return nullptr;
    ssize_t size;
    if (!arg_ssize(args[0], &size)) return nullptr;
    int fd = ::memfd_create("glasspy-mp", MFD_CLOEXEC);
    if (fd < 0) return os_error();
    if (::ftruncate(fd, size) != 0) {
        int err = errno;
        ::close(fd);
        errno = err;
        return os_error();
    }
    return int_from_i64(fd);
}

// shm_map(fd, size) -> address of a shared mapping of the file.
Object* mp_shm_map(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("shm_map", nargs, 2, 2)) return nullptr;
    int fd;
    ssize_t size;
    if (!arg_int(args[0], &fd) || !arg_ssize(args[1], &size)) return nullptr;
    void* p = ::mmap(nullptr, static_cast<std::size_t>(size), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) return os_error();
    return int_from_ssize(reinterpret_cast<ssize_t>(p));
}

// shm_unmap(address, size): the mapping is no longer used by this process.
Object* mp_shm_unmap(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("shm_unmap", nargs, 2, 2)) return nullptr;
    char* p;
    ssize_t size;
    if (!address_arg(args[0], &p) || !arg_ssize(args[1], &size)) return nullptr;
    if (::munmap(p, static_cast<std::size_t>(size)) != 0) return os_error();
    return none_ref();
}

Object* mp_shm_read(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("shm_read", nargs, 2, 2)) return nullptr;
    char* p;
    ssize_t size;
    if (!address_arg(args[0], &p) || !arg_ssize(args[1], &size)) return nullptr;
    return bytes_from(std::string_view(p, static_cast<std::size_t>(size)));
}

Object* mp_shm_write(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("shm_write", nargs, 2, 2)) return nullptr;
    char* p;
    if (!address_arg(args[0], &p)) return nullptr;
    if (!is_bytes(args[1])) {
        arg_bad_argument("shm_write", "argument 2", "bytes", args[1]);
        return nullptr;
    }
    std::string_view data = bytes_view(args[1]);
    std::memcpy(p, data.data(), data.size());
    return none_ref();
}

// ---- semaphores -----------------------------------------------------------------------------------

Object* mp_sem_size(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("sem_size", nargs, kwnames)) return nullptr;
    return int_from_i64(sizeof(sem_t));
}

Object* mp_sem_init(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("sem_init", nargs, 2, 2)) return nullptr;
    char* p;
    int value;
    if (!address_arg(args[0], &p) || !arg_int(args[1], &value)) return nullptr;
    if (::sem_init(reinterpret_cast<sem_t*>(p), 1, static_cast<unsigned>(value)) != 0) return os_error();
    return none_ref();
}

// sem_acquire(address, blocking, timeout) -> bool; timeout None waits for
// ever.  The GIL is released while waiting, as for a thread lock.
Object* mp_sem_acquire(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("sem_acquire", nargs, 3, 3)) return nullptr;
    char* p;
    if (!address_arg(args[0], &p)) return nullptr;
    sem_t* sem = reinterpret_cast<sem_t*>(p);
    int blocking = is_true(args[1]);
    if (blocking < 0) return nullptr;
    double timeout = -1;
    if (args[2] != None() && !seconds_arg(args[2], &timeout)) return nullptr;
    if (::sem_trywait(sem) == 0) return new_ref(bool_from(true)).release();
    if (!blocking || timeout == 0) return new_ref(bool_from(false)).release();
    int rc;
    if (timeout < 0) {
        GilReleased released;
        do rc = ::sem_wait(sem);
        while (rc != 0 && errno == EINTR);
    } else {
        timespec deadline;
        ::clock_gettime(CLOCK_REALTIME, &deadline);
        double whole;
        double frac = std::modf(timeout, &whole);
        deadline.tv_sec += static_cast<time_t>(whole);
        deadline.tv_nsec += static_cast<long>(frac * 1e9);
        if (deadline.tv_nsec >= 1000000000) {
            deadline.tv_sec += 1;
            deadline.tv_nsec -= 1000000000;
        }
        GilReleased released;
        do rc = ::sem_timedwait(sem, &deadline);
        while (rc != 0 && errno == EINTR);
    }
    if (rc == 0) return new_ref(bool_from(true)).release();
    if (errno == ETIMEDOUT) return new_ref(bool_from(false)).release();
    return os_error();
}

Object* mp_sem_release(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("sem_release", nargs, 1, 1)) return nullptr;
    char* p;
    if (!address_arg(args[0], &p)) return nullptr;
    if (::sem_post(reinterpret_cast<sem_t*>(p)) != 0) return os_error();
    return none_ref();
}

Object* mp_sem_getvalue(Object*, Object* const* args, ssize_t nargs, Object*) {
    if (!check_positional("sem_getvalue", nargs, 1, 1)) return nullptr;
    char* p;
    if (!address_arg(args[0], &p)) return nullptr;
    int value;
    if (::sem_getvalue(reinterpret_cast<sem_t*>(p), &value) != 0) return os_error();
    return int_from_i64(value < 0 ? 0 : value);
}

// ---- descriptors ----------------------------------------------------------------------------------

// socketpair() -> (fd, fd): the two ends of a duplex Pipe (CPython makes
// them with socket.socketpair()).
Object* mp_socketpair(Object*, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("socketpair", nargs, kwnames)) return nullptr;
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return os_error();
    Ref<> a = Ref<>::steal(int_from_i64(fds[0]));
    Ref<> b = Ref<>::steal(int_from_i64(fds[1]));
    if (!a || !b) return nullptr;
    return tuple_pack({a.get(), b.get()});
}

const BuiltinDef MP_FUNCTIONS[] = {
    {"shm_create", mp_shm_create, "Create an anonymous shared file of the given size; return its descriptor."},
    {"shm_map", mp_shm_map, "Map a shared file into memory; return the address."},
    {"shm_unmap", mp_shm_unmap, "Unmap a shared mapping."},
    {"shm_read", mp_shm_read, "Return the bytes at an address in a shared mapping."},
    {"shm_write", mp_shm_write, "Copy bytes to an address in a shared mapping."},
    {"sem_size", mp_sem_size, "Return the size of a process-shared semaphore."},
    {"sem_init", mp_sem_init, "Initialise a process-shared semaphore at an address."},
    {"sem_acquire", mp_sem_acquire, "Decrement the semaphore, waiting if blocking; return whether it did."},
    {"sem_release", mp_sem_release, "Increment the semaphore."},
    {"sem_getvalue", mp_sem_getvalue, "Return the semaphore's value."},
    {"socketpair", mp_socketpair, "Return a pair of connected AF_UNIX stream socket descriptors."},
};

struct IntConstant {
    const char* name;
    long value;
};

const IntConstant MP_CONSTANTS[] = {
    {"SIGTERM", SIGTERM},
    {"SIGKILL", SIGKILL},
    {"SIGINT", SIGINT},
};

Object* make_multiprocessing_module() {
    Ref<> m = Ref<>::steal(module_new("_multiprocessing"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : MP_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    for (const IntConstant& c : MP_CONSTANTS) {
        Ref<> v = Ref<>::steal(int_from_i64(c.value));
        if (!v || dict_setitem_str(d, c.name, v.get()) < 0) return nullptr;
    }
    return m.release();
}

}  // namespace

void register_multiprocessing_module() { register_native_module("_multiprocessing", make_multiprocessing_module); }

}  // namespace glasspy::stdlib
