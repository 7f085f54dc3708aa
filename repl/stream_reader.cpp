// Lines from a stdin that is not a terminal (a pipe, a file): CPython's
// PyOS_StdioReadline.  The prompt goes to stderr, so that stdout holds only
// what the program printed, as `python3 -i < file` does.  The C stream
// stdin is read, the one sys.stdin and input() share, so a program that
// reads its own input takes the lines the prompt would have.
#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "repl/line_reader.hpp"
#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"

namespace glasspy::repl {

namespace {

class StreamReader final : public LineReader {
public:
    ReadResult read_line(const std::string& prompt, const std::string&) override {
        std::fflush(stdout);
        std::fputs(prompt.c_str(), stderr);
        std::fflush(stderr);
        char* buffer = nullptr;
        std::size_t capacity = 0;
        errno = 0;
        ssize_t n = ::getline(&buffer, &capacity, stdin);
        ReadResult r;
        if (n < 0) {
            // A blocked read ends with EINTR when Ctrl-C arrives (the
            // handler has no SA_RESTART): that is KeyboardInterrupt.
            bool interrupted = errno == EINTR && !rt::check_signals();
            if (interrupted) rt::clear_error();
            std::clearerr(stdin);
            r.status = interrupted ? ReadStatus::Interrupted : ReadStatus::EndOfFile;
        } else {
            r.status = ReadStatus::Line;
            r.line.assign(buffer, static_cast<std::size_t>(n));
            if (!r.line.empty() && r.line.back() == '\n') r.line.pop_back();
        }
        std::free(buffer);
        return r;
    }
};

}  // namespace

std::unique_ptr<LineReader> make_stream_reader() { return std::make_unique<StreamReader>(); }

}  // namespace glasspy::repl
