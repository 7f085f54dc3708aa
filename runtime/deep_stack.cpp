// A pthread with a large stack for the recursive parts of the front end (see
// deep_stack.hpp).
#include "runtime/deep_stack.hpp"

#include <pthread.h>

namespace glasspy::rt {

namespace {

struct Start {
    void (*body)(void*);
    void* arg;
};

void* trampoline(void* p) {
    auto* s = static_cast<Start*>(p);
    s->body(s->arg);
    return nullptr;
}

}  // namespace

bool run_on_deep_stack(void (*body)(void*), void* arg) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) return false;
    Start start{body, arg};
    pthread_t thread;
    bool ok = pthread_attr_setstacksize(&attr, DEEP_STACK_SIZE) == 0 &&
              pthread_create(&thread, &attr, trampoline, &start) == 0;
    pthread_attr_destroy(&attr);
    if (!ok) return false;
    pthread_join(thread, nullptr);
    return true;
}

}  // namespace glasspy::rt
