// Line editing at a terminal, with libedit (BSD licence) through its
// readline-compatible API: cursor keys, history across sessions in a file,
// Ctrl-R reverse search, tab completion, the auto-indent of continuation
// lines, and bracketed paste.
//
// libedit calls back into plain C functions, so the reader that is reading
// now is kept in one file-local pointer (there is one terminal and one
// prompt at a time); it is set only while read_line runs.
//
// Keys reach libedit through our own getc (rl_getc_function) for three
// reasons.  Ctrl-C: the SIGINT handler has no SA_RESTART, so the blocked
// read() returns EINTR; getc then asks the eval breaker (check_signals),
// and ends the line as if at end of file with `interrupted` set, which is
// what CPython's readline hook does.  Auto-indent: the indent is fed to
// libedit as if typed, so the user can delete it like any text — unless
// more input is already waiting, which means a block is being pasted (by a
// terminal without bracketed paste) and brings its own indentation.  Paste:
// getc sees the terminal's ESC[200~ marker, reads the pasted text whole and
// inserts it into libedit's buffer in one go (bracketed_paste.hpp).
//
// A line may hold newlines: a pasted block, or a block recalled from history
// (console.cpp keeps a block as one history entry).  libedit shows such a
// buffer across lines and edits it as one text, and its history file keeps
// the newlines (it writes entries through strvis(3) and reads them back
// with strunvis).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <clocale>
#include <cstring>
#include <langinfo.h>
#include <poll.h>
#include <string_view>
#include <unistd.h>

#include <editline/readline.h>

#include "repl/bracketed_paste.hpp"
#include "repl/line_reader.hpp"
#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"

namespace glasspy::repl {

namespace {

// How many lines the history file keeps (GNU readline's default is
// unlimited; CPython's site.py keeps what readline holds).
constexpr int HISTORY_SIZE = 1000;

// How long to wait for the rest of a key sequence after ESC before taking
// ESC as a key of its own: a terminal sends a sequence in one write, so any
// gap is a person typing.  (Emacs-style meta keys typed as ESC then a key
// are slower than this.)
constexpr int SEQUENCE_WAIT_MS = 100;

// After Ctrl-C in the middle of a paste, the rest of the paste is thrown
// away: what arrives with no pause longer than this, up to the end marker.
constexpr int DRAIN_WAIT_MS = 250;

// Keys that make libedit draw the whole buffer again, bound at start-up to
// ed-redisplay: text inserted from getc is in the buffer but not yet on the
// screen.  Ctrl-X is libedit's prefix key in emacs mode; Ctrl-X Ctrl-R is
// otherwise unbound.
constexpr const char* REDISPLAY_KEYS = "\x18\x12";

// U+FFFD, what a malformed UTF-8 sequence from the terminal becomes.
constexpr int REPLACEMENT_CHARACTER = 0xFFFD;

// read_byte's answer when nothing came in time.
constexpr int NO_BYTE = -2;

class TerminalReader;
TerminalReader* active = nullptr;

class TerminalReader final : public LineReader {
public:
    TerminalReader(Completer completer, std::string history_file)
        : completer_(std::move(completer)), history_file_(std::move(history_file)) {
        use_utf8_locale();
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
        rl_parse_and_bind("bind ^X^R ed-redisplay");
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
        fed_indent_ = pending_.size();
        typed_ = interrupted_ = whole_paste_ = false;
        set_bracketed_paste(true);
        char* text = readline(prompt.c_str());
        set_bracketed_paste(false);
        active = nullptr;
        ReadResult r;
        if (interrupted_) {
            r.status = ReadStatus::Interrupted;
        } else if (whole_paste_) {
            r.status = ReadStatus::Line;
            r.line = paste_.text;
            r.shown = false;
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
    // libedit keeps the line as wide characters and converts text in and
    // out with the locale's encoding; in the "C" locale a program starts
    // in, 'é' is no character and is dropped.  Like CPython (which takes
    // the user's LC_CTYPE, and coerces "C" to C.UTF-8, PEP 538): the
    // user's locale if it is UTF-8, else C.UTF-8.
    static void use_utf8_locale() {
        std::setlocale(LC_CTYPE, "");
        if (std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) std::setlocale(LC_CTYPE, "C.UTF-8");
    }

    static bool input_waiting() {
        pollfd p{STDIN_FILENO, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0;
    }

    static int getc_hook(FILE*) {
        if (active) return active->next_key();
        unsigned char c;
        return ::read(STDIN_FILENO, &c, 1) == 1 ? c : EOF;
    }

    // The next key for libedit: keys queued by us first, then the terminal.
    int next_key() {
        for (;;) {
            if (!pending_.empty()) {
                unsigned char c = static_cast<unsigned char>(pending_.front());
                pending_.erase(0, 1);
                return c;
            }
            if (paste_ready_) {
                insert_paste();
                continue;
            }
            int c = read_byte(-1);
            if (c == '\x1b') {
                Marker m = read_marker();
                if (m == Marker::PasteStart && (!read_paste() || whole_paste_)) return EOF;
                if (m != Marker::None) continue;
                return interrupted_ ? EOF : c;  // another key's sequence follows from pending_
            }
            fed_indent_ = 0;  // a key after the auto-indent: it is the user's text now
            typed_ = true;
            return c >= 0xC0 ? read_utf8(c) : c;
        }
    }

    // One byte from the terminal, waiting at most timeout_ms (-1: as long as
    // it takes): the byte, NO_BYTE, or EOF at the end of input or on Ctrl-C
    // (then interrupted_ is set).
    int read_byte(int timeout_ms) {
        for (;;) {
            if (timeout_ms >= 0) {
                pollfd p{STDIN_FILENO, POLLIN, 0};
                int ready = ::poll(&p, 1, timeout_ms);
                if (ready == 0) return NO_BYTE;
                if (ready < 0) {
                    if (errno == EINTR && ctrl_c_pressed()) return EOF;
                    continue;
                }
            }
            unsigned char c;
            ssize_t n = ::read(STDIN_FILENO, &c, 1);
            if (n == 1) return c;
            if (n < 0 && errno == EINTR && !ctrl_c_pressed()) continue;
            return EOF;
        }
    }

    // libedit takes what getc returns as one wide character, so a
    // character typed as several UTF-8 bytes is put together here.
    int read_utf8(int lead) {
        int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
        int code = lead & (0x7F >> (more + 1));
        for (int i = 0; i < more; ++i) {
            int c = read_byte(SEQUENCE_WAIT_MS);
            if (c < 0 || (c & 0xC0) != 0x80) return REPLACEMENT_CHARACTER;
            code = (code << 6) | (c & 0x3F);
        }
        return code;
    }

    // After a signal: true if it was Ctrl-C, which ends the line; any other
    // signal was handled and reading goes on.
    bool ctrl_c_pressed() {
        if (rt::check_signals()) return false;
        rt::clear_error();
        interrupted_ = true;
        return true;
    }

    enum class Marker { None, PasteStart, PasteEnd };

    // After an ESC: which paste marker follows, if any.  If none, the bytes
    // read after the ESC go back to libedit as keys.  An end marker without
    // a start is the tail of a paste dropped by Ctrl-C: it is swallowed.
    Marker read_marker() {
        std::string seen = "\x1b";
        while (PASTE_START.starts_with(seen) || PASTE_END.starts_with(seen)) {
            if (seen == PASTE_START) return Marker::PasteStart;
            if (seen == PASTE_END) return Marker::PasteEnd;
            int c = read_byte(SEQUENCE_WAIT_MS);
            if (c < 0) break;
            seen += static_cast<char>(c);
        }
        pending_ = seen.substr(1);
        fed_indent_ = 0;
        typed_ = true;
        return Marker::None;
    }

    // Reads the pasted text up to the end marker and queues its insertion.
    // False when Ctrl-C (or the end of input) came first: the paste is
    // dropped, with whatever of it is still arriving.
    bool read_paste() {
        std::string text;
        while (!text.ends_with(PASTE_END)) {
            // The paste may already be waiting whole, so reads do not block
            // and Ctrl-C (handled by then) shows only in the eval breaker.
            int c = ctrl_c_pressed() ? EOF : read_byte(-1);
            if (c == EOF) {
                if (interrupted_) drain_paste(text);
                return false;
            }
            text += static_cast<char>(c);
        }
        text.resize(text.size() - PASTE_END.size());
        paste_ = paste_edit(text);
        // A paste that runs, at a prompt where nothing was typed, is the
        // whole line: the line ends here (getc's end of file, with
        // whole_paste_ set) and the console shows it with its prompts.
        // libedit would show only the last screenful of a tall buffer.
        if (paste_.accept && !typed_) {
            whole_paste_ = true;
            if (fed_indent_ > 0) {  // the auto-indent is on the screen: back over it
                std::string erase(fed_indent_, '\b');
                std::fputs((erase + "\x1b[K").c_str(), stdout);
                std::fflush(stdout);
            }
            return true;
        }
        paste_ready_ = true;
        // The auto-indent, if nothing was typed after it, would shift the
        // paste's first line: the pasted text brings its own indentation.
        pending_.assign(fed_indent_, '\b');
        fed_indent_ = 0;
        return true;
    }

    void drain_paste(std::string seen) {
        while (!seen.ends_with(PASTE_END)) {
            int c = read_byte(DRAIN_WAIT_MS);
            if (c < 0) return;
            seen += static_cast<char>(c);
        }
    }

    // libedit draws a key's change to the buffer after the key; text
    // inserted here appears once the redisplay keys run, and Enter follows
    // for a paste that ended with a newline.
    void insert_paste() {
        paste_ready_ = false;
        if (!paste_.text.empty()) rl_insert_text(paste_.text.c_str());
        pending_ = REDISPLAY_KEYS;
        if (paste_.accept) pending_ += '\n';
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
    std::string pending_;        // keys for libedit before the terminal's
    std::size_t fed_indent_ = 0;  // the auto-indent's length while no key has followed it
    PasteEdit paste_;
    bool paste_ready_ = false;  // paste_ waits to be inserted
    bool whole_paste_ = false;  // paste_ is the line, not yet shown
    bool typed_ = false;        // a key came from the terminal during this line
    bool interrupted_ = false;
    std::vector<std::string> matches_;
};

}  // namespace

std::unique_ptr<LineReader> make_terminal_reader(Completer completer, std::string history_file) {
    return std::make_unique<TerminalReader>(std::move(completer), std::move(history_file));
}

}  // namespace glasspy::repl
