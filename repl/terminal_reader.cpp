// Line editing at a terminal, with libedit (BSD licence) through its
// readline-compatible API: cursor keys, history across sessions in a file,
// Ctrl-R reverse search, tab completion, and the auto-indent of continuation
// lines.
//
// libedit calls back into plain C functions, so the reader that is reading
// now is kept in one file-local pointer (there is one terminal and one
// prompt at a time); it is set only while read_line runs.
//
// Keys reach libedit through our own getc (rl_getc_function) for two
// reasons.  Ctrl-C: the SIGINT handler has no SA_RESTART, so the blocked
// read() returns EINTR; getc then asks the eval breaker (check_signals),
// and ends the line as if at end of file with `interrupted` set, which is
// what CPython's readline hook does.  Auto-indent: the indent is fed to
// libedit as if typed, so the user can delete it like any text — unless
// more input is already waiting, which means a block is being pasted and
// brings its own indentation.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <unistd.h>

#include <editline/readline.h>

#include "repl/line_reader.hpp"
#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"

namespace glasspy::repl {

namespace {

// How many lines the history file keeps (GNU readline's default is
// unlimited; CPython's site.py keeps what readline holds).
constexpr int HISTORY_SIZE = 1000;

class TerminalReader;
TerminalReader* active = nullptr;

class TerminalReader final : public LineReader {
public:
    TerminalReader(Completer completer, std::string history_file)
        : completer_(std::move(completer)), history_file_(std::move(history_file)) {
        rl_readline_name = "glasspy";
        rl_catch_signals = 0;  // glasspy's own SIGINT handler stays in place
        rl_getc_function = getc_hook;
        rl_attempted_completion_function = complete_hook;
        // As rlcompleter's delimiters: '.' is part of the word, so
        // `obj.attr` completes as one.
        static char word_breaks[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
        rl_completer_word_break_characters = word_breaks;
        rl_basic_word_break_characters = word_breaks;  // the one libedit reads
        rl_completion_append_character = '\0';
        rl_initialize();
        using_history();
        stifle_history(HISTORY_SIZE);
        if (!history_file_.empty()) read_history(history_file_.c_str());
    }

    ~TerminalReader() override {
        if (!history_file_.empty()) write_history(history_file_.c_str());
    }

    ReadResult read_line(const std::string& prompt, const std::string& indent) override {
        std::fflush(stdout);
        active = this;
        pending_ = input_waiting() ? "" : indent;
        interrupted_ = false;
        char* text = readline(prompt.c_str());
        active = nullptr;
        ReadResult r;
        if (interrupted_) {
            r.status = ReadStatus::Interrupted;
        } else if (text) {
            r.status = ReadStatus::Line;
            r.line = text;
        }
        std::free(text);
        return r;
    }

    void remember(const std::string& line) override {
        if (line.empty()) return;
        // A line typed twice in a row is kept once, as shells do.
        HIST_ENTRY* last = history_length > 0 ? history_get(history_base + history_length - 1) : nullptr;
        if (last && last->line && line == last->line) return;
        add_history(line.c_str());
    }

private:
    static bool input_waiting() {
        pollfd p{STDIN_FILENO, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0;
    }

    static int getc_hook(FILE*) {
        TerminalReader* self = active;
        if (self && !self->pending_.empty()) {
            unsigned char c = static_cast<unsigned char>(self->pending_.front());
            self->pending_.erase(0, 1);
            return c;
        }
        for (;;) {
            unsigned char c;
            ssize_t n = ::read(STDIN_FILENO, &c, 1);
            if (n == 1) return c;
            if (n < 0 && errno == EINTR) {
                if (rt::check_signals()) continue;  // another signal: read on
                rt::clear_error();
                if (self) self->interrupted_ = true;
            }
            return EOF;
        }
    }

    // Hands libedit the candidates for the word before the cursor.
    static char** complete_hook(const char* text, int start, int) {
        rl_attempted_completion_over = 1;  // never fall back to file names
        if (!active) return nullptr;
        active->matches_ = active->completer_(rl_line_buffer, static_cast<std::size_t>(start), text);
        if (active->matches_.empty()) return nullptr;
        return rl_completion_matches(text, next_match);
    }

    // rl_completion_matches's generator: state 0 starts again.
    static char* next_match(const char*, int state) {
        static std::size_t index = 0;
        if (state == 0) index = 0;
        if (!active || index >= active->matches_.size()) return nullptr;
        return ::strdup(active->matches_[index++].c_str());
    }

    Completer completer_;
    std::string history_file_;
    std::string pending_;
    bool interrupted_ = false;
    std::vector<std::string> matches_;
};

}  // namespace

std::unique_ptr<LineReader> make_terminal_reader(Completer completer, std::string history_file) {
    return std::make_unique<TerminalReader>(std::move(completer), std::move(history_file));
}

}  // namespace glasspy::repl
