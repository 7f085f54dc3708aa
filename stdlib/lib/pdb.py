"""The Python debugger: pdb.set_trace(), breakpoint(), `glasspy -m pdb
script.py`.

Pdb is the command loop (cmd.Cmd) on top of the stopping engine
(bdb.Bdb), which runs as the trace function (sys.settrace).  When the
engine stops, Pdb prints where ("> file(line)function()" and "-> source")
and reads commands at the "(Pdb) " prompt until one of them lets the
program go on.  Anything that is not a command is run as a Python
statement in the current frame.

Besides CPython's commands, glasspy's pdb has two of its own:
`refs NAME` (the reference count and the referrers of a variable's
object) and `dis` (the current function's bytecode, the current
instruction marked).
"""

import bdb
import cmd
import dis
import gc
import inspect
import linecache
import os
import pprint
import re
import sys
import traceback

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace", "post_mortem", "help"]


class Restart(Exception):
    """Raised to restart the debugged program."""


line_prefix = "\n-> "


class Pdb(bdb.Bdb, cmd.Cmd):
    _previous_sigint_handler = None

    def __init__(self, completekey="tab", stdin=None, stdout=None, skip=None, nosigint=False, readrc=True):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        if stdout:
            self.use_rawinput = 0
        self.prompt = "(Pdb) "
        self.aliases = {}
        self.displaying = {}
        self.mainpyfile = ""
        self._wait_for_mainpyfile = False
        self.tb_lineno = {}
        self.nosigint = nosigint
        self.rcLines = []
        if readrc:
            for path in (os.path.expanduser("~/.pdbrc"), ".pdbrc"):
                try:
                    with open(path, encoding="utf-8") as rc:
                        self.rcLines.extend(rc)
                except OSError:
                    pass
        self.commands = {}
        self.commands_doprompt = {}
        self.commands_silent = {}
        self.commands_defining = False
        self.commands_bnum = None
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None

    # ---- where we are ----

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.tb_lineno.clear()

    def setup(self, f, tb):
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        while tb:
            # The line each frame of the traceback was at when it raised.
            lineno = lasti2lineno(tb.tb_frame.f_code, tb.tb_lasti)
            self.tb_lineno[tb.tb_frame] = lineno
            tb = tb.tb_next
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals
        return self.execRcLines()

    def execRcLines(self):
        if not self.rcLines:
            return None
        rc_lines = self.rcLines
        rc_lines.reverse()
        self.rcLines = []
        while rc_lines:
            line = rc_lines.pop().strip()
            if line and line[0] != "#":
                if self.onecmd(line):
                    self.rcLines += reversed(rc_lines)
                    return True
        return None

    # ---- what the engine calls when it stops ----

    def user_call(self, frame, argument_list):
        if self._wait_for_mainpyfile:
            return
        if self.stop_here(frame):
            self.message("--Call--")
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._wait_for_mainpyfile:
            if self.mainpyfile != self.canonic(frame.f_code.co_filename) or frame.f_lineno <= 0:
                return
            self._wait_for_mainpyfile = False
        if self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Run the commands of the breakpoint just hit; whether to prompt."""
        if getattr(self, "currentbp", False) and self.currentbp in self.commands:
            currentbp = self.currentbp
            self.currentbp = 0
            lastcmd_back = self.lastcmd
            self.setup(frame, None)
            for line in self.commands[currentbp]:
                self.onecmd(line)
            self.lastcmd = lastcmd_back
            if not self.commands_silent[currentbp]:
                self.print_stack_entry(self.stack[self.curindex])
            if self.commands_doprompt[currentbp]:
                self._cmdloop()
            self.forget()
            return False
        return True

    def user_return(self, frame, return_value):
        if self._wait_for_mainpyfile:
            return
        frame.f_locals["__return__"] = return_value
        self.message("--Return--")
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._wait_for_mainpyfile:
            return
        exc_type, exc_value, exc_traceback = exc_info
        frame.f_locals["__exception__"] = exc_type, exc_value
        # StopIteration without a traceback ends a generator: internal.
        prefix = "Internal " if (not exc_traceback and exc_type is StopIteration) else ""
        self.message("%s%s" % (prefix, traceback.format_exception_only(exc_type, exc_value)[-1].strip()))
        self.interaction(frame, exc_traceback)

    def _cmdloop(self):
        while True:
            try:
                self.allow_kbdint = True
                self.cmdloop()
                self.allow_kbdint = False
                break
            except KeyboardInterrupt:
                self.message("--KeyboardInterrupt--")

    def preloop(self):
        displaying = self.displaying.get(self.curframe)
        if displaying:
            for expr, oldvalue in displaying.items():
                newvalue = self._getval_except(expr)
                if newvalue is not oldvalue and newvalue != oldvalue:
                    displaying[expr] = newvalue
                    self.message("display %s: %r  [old: %r]" % (expr, newvalue, oldvalue))

    def interaction(self, frame, traceback):
        if self.setup(frame, traceback):
            # An rc file's command let the program go on.
            self.forget()
            return
        self.print_stack_entry(self.stack[self.curindex])
        self._cmdloop()
        self.forget()

    def displayhook(self, obj):
        """What an expression statement at the prompt shows: its repr."""
        if obj is not None:
            self.message(repr(obj))

    def default(self, line):
        """A line that is no command runs as a statement in the current frame."""
        if line[:1] == "!":
            line = line[1:]
        locals = self.curframe_locals
        globals = self.curframe.f_globals
        try:
            code = compile(line + "\n", "<stdin>", "single")
            save_stdout = sys.stdout
            save_stdin = sys.stdin
            save_displayhook = sys.displayhook
            try:
                sys.stdin = self.stdin
                sys.stdout = self.stdout
                sys.displayhook = self.displayhook
                exec(code, globals, locals)
            finally:
                sys.stdout = save_stdout
                sys.stdin = save_stdin
                sys.displayhook = save_displayhook
        except:
            self._error_exc()

    def precmd(self, line):
        """Aliases, and ';;' separating commands on one line."""
        if not line.strip():
            return line
        args = line.split()
        while args[0] in self.aliases:
            line = self.aliases[args[0]]
            for i, arg in enumerate(args[1:], 1):
                line = line.replace("%" + str(i), arg)
            line = line.replace("%*", " ".join(args[1:]))
            args = line.split()
        if args[0] != "alias":
            marker = line.find(";;")
            if marker >= 0:
                rest = line[marker + 2:].lstrip()
                self.cmdqueue.append(rest)
                line = line[:marker].rstrip()
        return line

    def onecmd(self, line):
        if not self.commands_defining:
            return cmd.Cmd.onecmd(self, line)
        return self.handle_command_def(line)

    def handle_command_def(self, line):
        """One line of a `commands` definition; true at its end."""
        command, arg, line = self.parseline(line)
        if not command:
            return False
        if command == "silent":
            self.commands_silent[self.commands_bnum] = True
            return False
        if command == "end":
            self.cmdqueue = []
            return True
        cmdlist = self.commands[self.commands_bnum]
        cmdlist.append(line if arg is None else command + " " + arg)
        try:
            func = getattr(self, "do_" + command)
        except AttributeError:
            func = self.default
        if func.__name__ in self.commands_resuming:
            self.commands_doprompt[self.commands_bnum] = False
            self.cmdqueue = []
            return True
        return False

    # ---- output ----

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print("***", msg, file=self.stdout)

    def _error_exc(self):
        exc_info = sys.exc_info()[:2]
        self.error(traceback.format_exception_only(*exc_info)[-1].strip())

    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            self._error_exc()
            raise

    def _getval_except(self, arg, frame=None):
        try:
            if frame is None:
                return eval(arg, self.curframe.f_globals, self.curframe_locals)
            return eval(arg, frame.f_globals, frame.f_locals)
        except:
            exc_info = sys.exc_info()[:2]
            err = traceback.format_exception_only(*exc_info)[-1].strip()
            return "** raised %s **" % err

    def _msg_val_func(self, arg, func):
        try:
            val = self._getval(arg)
        except:
            return
        try:
            self.message(func(val))
        except:
            self._error_exc()

    # ---- commands ----

    def do_commands(self, arg):
        """commands [bpnumber]\nCommands to run when a breakpoint is hit, one per line, ended by 'end'."""
        if not arg:
            bnum = len(bdb.Breakpoint.bpbynumber) - 1
        else:
            try:
                bnum = int(arg)
            except:
                self.error("Usage: commands [bnum]\n        ...\n        end")
                return
        try:
            self.get_bpbynumber(bnum)
        except ValueError as err:
            self.error("cannot set commands: %s" % err)
            return
        self.commands_bnum = bnum
        old_command_defs = (self.commands.get(bnum), self.commands_doprompt.get(bnum),
                            self.commands_silent.get(bnum))
        self.commands[bnum] = []
        self.commands_doprompt[bnum] = True
        self.commands_silent[bnum] = False
        prompt_back = self.prompt
        self.prompt = "(com) "
        self.commands_defining = True
        try:
            self.cmdloop()
        except KeyboardInterrupt:
            if old_command_defs[0] is not None:
                self.commands[bnum], self.commands_doprompt[bnum], self.commands_silent[bnum] = old_command_defs
            else:
                del self.commands[bnum]
                del self.commands_doprompt[bnum]
                del self.commands_silent[bnum]
            self.error("command definition aborted, old commands restored")
        finally:
            self.commands_defining = False
            self.prompt = prompt_back

    def do_break(self, arg, temporary=0):
        """b(reak) [ ([filename:]lineno | function) [, condition] ]\nSet a breakpoint; without argument, list them."""
        if not arg:
            if self.breaks:
                self.message("Num Type         Disp Enb   Where")
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        self.message(bp.bpformat())
            return
        filename = None
        lineno = None
        cond = None
        comma = arg.find(",")
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        colon = arg.rfind(":")
        funcname = None
        if colon >= 0:
            filename = arg[:colon].rstrip()
            f = self.lookupmodule(filename)
            if not f:
                self.error("%r not found from sys.path" % filename)
                return
            filename = f
            arg = arg[colon + 1:].lstrip()
            try:
                lineno = int(arg)
            except ValueError:
                self.error("Bad lineno: %s" % arg)
                return
        else:
            try:
                lineno = int(arg)
            except ValueError:
                try:
                    func = eval(arg, self.curframe.f_globals, self.curframe_locals)
                except:
                    func = arg
                try:
                    if hasattr(func, "__func__"):
                        func = func.__func__
                    code = func.__code__
                    funcname = code.co_name
                    lineno = code.co_firstlineno
                    filename = code.co_filename
                except:
                    ok, filename, ln = self.lineinfo(arg)
                    if not ok:
                        self.error('The specified object %r is not a function or was not found along sys.path.' % arg)
                        return
                    funcname = ok
                    lineno = int(ln)
        if not filename:
            filename = self.defaultFile()
        line = self.checkline(filename, lineno)
        if line:
            err = self.set_break(filename, line, temporary, cond, funcname)
            if err:
                self.error(err)
            else:
                bp = self.get_breaks(filename, line)[-1]
                self.message("Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line))

    def defaultFile(self):
        filename = self.curframe.f_code.co_filename
        if filename == "<string>" and self.mainpyfile:
            filename = self.mainpyfile
        return filename

    do_b = do_break

    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]\nA temporary breakpoint, deleted when first hit."""
        self.do_break(arg, 1)

    def lineinfo(self, identifier):
        failed = (None, None, None)
        idstring = identifier.split("'")
        if len(idstring) == 1:
            id = idstring[0].strip()
        elif len(idstring) == 3:
            id = idstring[1].strip()
        else:
            return failed
        if id == "":
            return failed
        parts = id.split(".")
        if parts[0] == "self":
            del parts[0]
            if len(parts) == 0:
                return failed
        fname = self.defaultFile()
        if len(parts) == 1:
            item = parts[0]
        else:
            f = self.lookupmodule(parts[0])
            if f:
                fname = f
            item = parts[1]
        answer = find_function(item, fname)
        return answer or failed

    def checkline(self, filename, lineno):
        """The line if a breakpoint can go there, else 0 (with a message)."""
        globs = self.curframe.f_globals if hasattr(self, "curframe") and self.curframe else None
        line = linecache.getline(filename, lineno, globs)
        if not line:
            self.message("End of file")
            return 0
        line = line.strip()
        if not line or (line[0] == "#") or (line[:3] == '"""') or line[:3] == "'''":
            self.error("Blank or comment")
            return 0
        return lineno

    def _set_enabled(self, arg, enabled):
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                bp.enabled = enabled
                self.message("%s %s" % ("Enabled" if enabled else "Disabled", bp))

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]\nEnable the breakpoints."""
        self._set_enabled(arg, True)

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]\nDisable the breakpoints (they stay, but do not stop)."""
        self._set_enabled(arg, False)

    def do_condition(self, arg):
        """condition bpnumber [condition]\nStop at the breakpoint only when the condition is true."""
        args = arg.split(" ", 1)
        try:
            cond = args[1]
        except IndexError:
            cond = None
        try:
            bp = self.get_bpbynumber(args[0].strip())
        except IndexError:
            self.error("Breakpoint number expected")
        except ValueError as err:
            self.error(err)
        else:
            bp.cond = cond
            if not cond:
                self.message("Breakpoint %d is now unconditional." % bp.number)
            else:
                self.message("New condition set for breakpoint %d." % bp.number)

    def do_ignore(self, arg):
        """ignore bpnumber [count]\nPass the breakpoint count times before it stops."""
        args = arg.split()
        try:
            count = int(args[1].strip())
        except:
            count = 0
        try:
            bp = self.get_bpbynumber(args[0].strip())
        except IndexError:
            self.error("Breakpoint number expected")
        except ValueError as err:
            self.error(err)
        else:
            bp.ignore = count
            if count > 0:
                if count > 1:
                    countstr = "%d crossings" % count
                else:
                    countstr = "1 crossing"
                self.message("Will ignore next %s of breakpoint %d." % (countstr, bp.number))
            else:
                self.message("Will stop next time breakpoint %d is reached." % bp.number)

    def do_clear(self, arg):
        """cl(ear) [filename:lineno | bpnumber ...]\nDelete breakpoints; without argument, all of them (after asking)."""
        if not arg:
            try:
                reply = input("Clear all breaks? ")
            except EOFError:
                reply = "no"
            reply = reply.strip().lower()
            if reply in ("y", "yes"):
                bplist = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
                self.clear_all_breaks()
                for bp in bplist:
                    self.message("Deleted %s" % bp)
            return
        if ":" in arg:
            i = arg.rfind(":")
            filename = arg[:i]
            arg = arg[i + 1:]
            try:
                lineno = int(arg)
            except ValueError:
                err = "Invalid line number (%s)" % arg
            else:
                bplist = self.get_breaks(filename, lineno)[:]
                err = self.clear_break(filename, lineno)
            if err:
                self.error(err)
            else:
                for bp in bplist:
                    self.message("Deleted %s" % bp)
            return
        numberlist = arg.split()
        for i in numberlist:
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                self.clear_bpbynumber(i)
                self.message("Deleted %s" % bp)

    do_cl = do_clear

    def do_where(self, arg):
        """w(here)\nPrint the stack, most recent frame last; '>' marks the current one."""
        self.print_stack_trace()

    do_w = do_where
    do_bt = do_where

    def _select_frame(self, number):
        assert 0 <= number < len(self.stack)
        self.curindex = number
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals
        self.print_stack_entry(self.stack[self.curindex])
        self.lineno = None

    def do_up(self, arg):
        """u(p) [count]\nMove count (default 1) frames up the stack, to older frames."""
        if self.curindex == 0:
            self.error("Oldest frame")
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error("Invalid frame count (%s)" % arg)
            return
        newframe = 0 if count < 0 else max(0, self.curindex - count)
        self._select_frame(newframe)

    do_u = do_up

    def do_down(self, arg):
        """d(own) [count]\nMove count (default 1) frames down the stack, to newer frames."""
        if self.curindex + 1 == len(self.stack):
            self.error("Newest frame")
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error("Invalid frame count (%s)" % arg)
            return
        if count < 0:
            newframe = len(self.stack) - 1
        else:
            newframe = min(len(self.stack) - 1, self.curindex + count)
        self._select_frame(newframe)

    do_d = do_down

    def do_until(self, arg):
        """unt(il) [lineno]\nGo on until a line past the current one (or lineno) or the frame returns."""
        if arg:
            try:
                lineno = int(arg)
            except ValueError:
                self.error("Error in argument: %r" % arg)
                return
            if lineno <= self.curframe.f_lineno:
                self.error('"until" line number is smaller than current line number')
                return
        else:
            lineno = None
        self.set_until(self.curframe, lineno)
        return 1

    do_unt = do_until

    def do_step(self, arg):
        """s(tep)\nRun the current line, stopping at the first possible occasion (in a called function too)."""
        self.set_step()
        return 1

    do_s = do_step

    def do_next(self, arg):
        """n(ext)\nRun until the next line of this function, or until it returns."""
        self.set_next(self.curframe)
        return 1

    do_n = do_next

    def do_run(self, arg):
        """run [args...]\nRestart the debugged program (only under 'python -m pdb')."""
        if arg:
            import shlex
            argv0 = sys.argv[0:1]
            sys.argv = shlex.split(arg)
            sys.argv[:0] = argv0
        raise Restart

    do_restart = do_run

    def do_return(self, arg):
        """r(eturn)\nRun until the current function returns."""
        self.set_return(self.curframe)
        return 1

    do_r = do_return

    def do_continue(self, arg):
        """c(ont(inue))\nRun until a breakpoint."""
        self.set_continue()
        return 1

    do_c = do_cont = do_continue

    def do_jump(self, arg):
        """j(ump) lineno\nSet the next line that will run (only in the bottom frame)."""
        if self.curindex + 1 != len(self.stack):
            self.error("You can only jump within the bottom frame")
            return
        try:
            arg = int(arg)
        except ValueError:
            self.error("The 'jump' command requires a line number")
        else:
            try:
                self.curframe.f_lineno = arg
                self.stack[self.curindex] = self.stack[self.curindex][0], arg
                self.print_stack_entry(self.stack[self.curindex])
            except (ValueError, NotImplementedError) as e:
                self.error("Jump failed: %s" % e)

    do_j = do_jump

    def do_debug(self, arg):
        """debug code\nDebug a statement (a recursive debugger)."""
        sys.settrace(None)
        globals = self.curframe.f_globals
        locals = self.curframe_locals
        p = Pdb(self.completekey, self.stdin, self.stdout)
        p.prompt = "(%s) " % self.prompt.strip()
        self.message("ENTERING RECURSIVE DEBUGGER")
        try:
            p.run(arg, globals, locals)
        except Exception:
            self._error_exc()
        self.message("LEAVING RECURSIVE DEBUGGER")
        sys.settrace(self.trace_dispatch)
        self.lastcmd = p.lastcmd

    def do_quit(self, arg):
        """q(uit)\nQuit the debugger; the program is aborted."""
        self._user_requested_quit = True
        self.set_quit()
        return 1

    do_q = do_quit
    do_exit = do_quit

    def do_EOF(self, arg):
        """EOF\nEnd of input: quit the debugger, aborting the program."""
        self.message("")
        self._user_requested_quit = True
        self.set_quit()
        return 1

    def do_args(self, arg):
        """a(rgs)\nPrint the arguments of the current function."""
        co = self.curframe.f_code
        loc = self.curframe_locals
        n = co.co_argcount + co.co_kwonlyargcount
        if co.co_flags & inspect.CO_VARARGS:
            n = n + 1
        if co.co_flags & inspect.CO_VARKEYWORDS:
            n = n + 1
        for i in range(n):
            name = co.co_varnames[i]
            if name in loc:
                self.message("%s = %r" % (name, loc[name]))
            else:
                self.message("%s = *** undefined ***" % (name,))

    do_a = do_args

    def do_retval(self, arg):
        """retval\nPrint the value the current function returned."""
        if "__return__" in self.curframe_locals:
            self.message(repr(self.curframe_locals["__return__"]))
        else:
            self.error("Not yet returned!")

    do_rv = do_retval

    def do_p(self, arg):
        """p expression\nPrint the value of the expression."""
        self._msg_val_func(arg, repr)

    def do_pp(self, arg):
        """pp expression\nPretty-print the value of the expression."""
        self._msg_val_func(arg, pprint.pformat)

    complete_print = complete_p = complete_pp = None

    def do_list(self, arg):
        """l(ist) [first[, last] | .]\nList the source around the current line, or go on listing; '.' lists around the current line again."""
        self.lastcmd = "list"
        last = None
        if arg and arg != ".":
            try:
                if "," in arg:
                    first, last = arg.split(",")
                    first = int(first.strip())
                    last = int(last.strip())
                    if last < first:
                        last = first + last  # a count
                else:
                    first = int(arg.strip())
                    first = max(1, first - 5)
            except ValueError:
                self.error("Error in argument: %r" % arg)
                return
        elif self.lineno is None or arg == ".":
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        breaklist = self.get_file_breaks(filename)
        try:
            lines = linecache.getlines(filename, self.curframe.f_globals)
            self._print_lines(lines[first - 1:last], first, breaklist, self.curframe)
            self.lineno = min(last, len(lines))
            if len(lines) < last:
                self.message("[EOF]")
        except KeyboardInterrupt:
            pass

    do_l = do_list

    def do_longlist(self, arg):
        """ll | longlist\nList the whole source of the current function or frame."""
        filename = self.curframe.f_code.co_filename
        breaklist = self.get_file_breaks(filename)
        try:
            lines, lineno = self._getsourcelines(self.curframe)
        except OSError as err:
            self.error(err)
            return
        self._print_lines(lines, lineno, breaklist, self.curframe)

    do_ll = do_longlist

    def do_source(self, arg):
        """source expression\nShow the source of the object."""
        try:
            obj = self._getval(arg)
        except:
            return
        try:
            lines, lineno = self._getsourcelines(obj)
        except (OSError, TypeError) as err:
            self.error(err)
            return
        self._print_lines(lines, lineno)

    def _getsourcelines(self, obj):
        lines, lineno = inspect.getsourcelines(obj)
        if inspect.isframe(obj) and obj.f_globals is obj.f_locals:
            lineno = 1  # a module's frame: the whole file
        else:
            lineno = max(1, lineno)
        return lines, lineno

    def _print_lines(self, lines, start, breaks=(), frame=None):
        """Numbered source lines, 'B' at breakpoints, '->' at the current
        line and '>>' where the exception was raised."""
        if frame:
            current_lineno = frame.f_lineno
            exc_lineno = self.tb_lineno.get(frame, -1)
        else:
            current_lineno = exc_lineno = -1
        for lineno, line in enumerate(lines, start):
            s = str(lineno).rjust(3)
            if len(s) < 4:
                s += " "
            s += "B" if lineno in breaks else " "
            if lineno == current_lineno:
                s += "->"
            elif lineno == exc_lineno:
                s += ">>"
            self.message(s + "\t" + line.rstrip())

    def do_whatis(self, arg):
        """whatis expression\nPrint the type of the expression's value."""
        try:
            value = self._getval(arg)
        except:
            return
        code = None
        try:
            code = value.__func__.__code__
        except Exception:
            pass
        if code:
            self.message("Method %s" % code.co_name)
            return
        try:
            code = value.__code__
        except Exception:
            pass
        if code:
            self.message("Function %s" % code.co_name)
            return
        if value.__class__ is type:
            self.message("Class %s.%s" % (value.__module__, value.__qualname__))
            return
        self.message(type(value))

    def do_display(self, arg):
        """display [expression]\nShow the expression's value whenever it changes at a stop in this frame."""
        if not arg:
            self.message("Currently displaying:")
            for item in self.displaying.get(self.curframe, {}).items():
                self.message("%s: %r" % item)
        else:
            val = self._getval_except(arg)
            self.displaying.setdefault(self.curframe, {})[arg] = val
            self.message("display %s: %r" % (arg, val))

    def do_undisplay(self, arg):
        """undisplay [expression]\nStop displaying the expression (all of them without argument)."""
        if arg:
            try:
                del self.displaying.get(self.curframe, {})[arg]
            except KeyError:
                self.error("not displaying %s" % arg)
        else:
            self.displaying.pop(self.curframe, None)

    def do_interact(self, arg):
        """interact\nAn interactive interpreter with the current frame's names."""
        ns = {**self.curframe.f_globals, **self.curframe_locals}
        import code
        code.interact("*interactive*", local=ns)

    def do_alias(self, arg):
        """alias [name [command]]\nDefine, show or list aliases; %1, %2 ... and %* stand for the arguments."""
        args = arg.split()
        if len(args) == 0:
            keys = sorted(self.aliases.keys())
            for alias in keys:
                self.message("%s = %s" % (alias, self.aliases[alias]))
            return
        if args[0] in self.aliases and len(args) == 1:
            self.message("%s = %s" % (args[0], self.aliases[args[0]]))
        else:
            self.aliases[args[0]] = " ".join(args[1:])

    def do_unalias(self, arg):
        """unalias name\nDelete the alias."""
        args = arg.split()
        if len(args) == 0:
            return
        if args[0] in self.aliases:
            del self.aliases[args[0]]

    # glasspy's own commands.

    def do_refs(self, arg):
        """refs NAME\nglasspy: the reference count of NAME's object and what refers to it."""
        try:
            value = self._getval(arg)
        except:
            return
        # The count without the references this command itself holds.
        self.message("%s: %s at %#x, refcount %d" % (arg, type(value).__name__, id(value),
                                                     sys.getrefcount(value) - 2))
        referrers = [r for r in gc.get_referrers(value) if not inspect.isframe(r)]
        for r in referrers:
            self.message("  referred to by %s at %#x" % (type(r).__name__, id(r)))

    def do_dis(self, arg):
        """dis\nglasspy: the bytecode of the current function, '-->' at the current instruction."""
        dis.disassemble(self.curframe.f_code, self.curframe.f_lasti)

    def do_help(self, arg):
        """h(elp) [command]\nList the commands, or show the help of one."""
        if not arg:
            return cmd.Cmd.do_help(self, arg)
        try:
            topic = getattr(self, "help_" + arg)
            return topic()
        except AttributeError:
            try:
                command = getattr(self, "do_" + arg)
            except AttributeError:
                self.error("No help for %r" % arg)
            else:
                if command.__doc__ is None:
                    self.error("No help for %r; please do not run Python with -OO if you need command help" % arg)
                    return
                self.message(command.__doc__.rstrip())

    do_h = do_help

    def help_exec(self):
        self.message("(!) statement\nRun the statement in the current frame; '!' is needed when it starts "
                     "like a command.")

    def help_pdb(self):
        help()

    # ---- the stack, printed ----

    def print_stack_trace(self):
        try:
            for frame_lineno in self.stack:
                self.print_stack_entry(frame_lineno)
        except KeyboardInterrupt:
            pass

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame, lineno = frame_lineno
        prefix = "> " if frame is self.curframe else "  "
        self.message(prefix + self.format_stack_entry(frame_lineno, prompt_prefix))

    def lookupmodule(self, filename):
        """The file a module name or relative file name stands for."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        f = os.path.join(sys.path[0], filename)
        if os.path.exists(f) and self.canonic(f) == self.mainpyfile:
            return f
        root, ext = os.path.splitext(filename)
        if ext == "":
            filename = filename + ".py"
        if os.path.isabs(filename):
            return filename
        for dirname in sys.path:
            while os.path.islink(dirname):
                dirname = os.readlink(dirname)
            fullname = os.path.join(dirname, filename)
            if os.path.exists(fullname):
                return fullname
        return None

    def _runscript(self, filename):
        """Run a script under the debugger, stopping at its first line."""
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update({"__name__": "__main__", "__file__": filename, "__builtins__": __builtins__})
        self._wait_for_mainpyfile = True
        self.mainpyfile = self.canonic(filename)
        self._user_requested_quit = False
        with open(filename, "rb") as fp:
            statement = "exec(compile(%r, %r, 'exec'))" % (fp.read(), self.mainpyfile)
        self.run(statement)


# The commands after which a `commands` list stops (the program goes on).
Pdb.commands_resuming = ["do_continue", "do_step", "do_next", "do_return", "do_quit", "do_jump"]


def find_function(funcname, filename):
    cre = re.compile(r"def\s+%s\s*[(]" % re.escape(funcname))
    try:
        fp = open(filename, encoding="utf-8")
    except OSError:
        return None
    with fp:
        for lineno, line in enumerate(fp, start=1):
            if cre.match(line):
                return funcname, filename, lineno
    return None


def lasti2lineno(code, lasti):
    linestarts = list(dis.findlinestarts(code))
    linestarts.reverse()
    for i, lineno in linestarts:
        if lasti >= i:
            return lineno
    return 0


# ---- the module-level entry points ----

def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    """Stop in the caller, at its next line."""
    pdb = Pdb()
    if header is not None:
        pdb.message(header)
    pdb.set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    """Debug the traceback t (default: the exception being handled)."""
    if t is None:
        exc = sys.exception()
        if exc is not None:
            t = exc.__traceback__
    if t is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    p = Pdb()
    p.reset()
    p.interaction(None, t)


def pm():
    """Debug the last uncaught exception (sys.last_traceback)."""
    post_mortem(sys.last_traceback)


def help():
    print(__doc__.strip())


_usage = """\
usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...

Debug the Python program given by pyfile. Alternatively,
an executable module or package to debug can be specified using
the -m switch.

Initial commands are read from .pdbrc files in your home directory
and in the current directory, if they exist.  Commands supplied with
-c are executed after commands from .pdbrc files.

To let the script run until an exception occurs, use "-c continue".
To let the script run up to a given line X in the debugged file, use
"-c 'until X'"."""


def main():
    args = sys.argv[1:]
    commands = []
    while args and args[0] in ("-c", "--command") and len(args) > 1:
        commands.append(args[1])
        args = args[2:]
    if not args or args[0] in ("-h", "--help"):
        print(_usage)
        sys.exit(2 if not args else 0)
    mainpyfile = args[0]
    if not os.path.exists(mainpyfile):
        print("Error:", mainpyfile, "does not exist")
        sys.exit(1)
    sys.argv[:] = args
    sys.path[0] = os.path.dirname(os.path.realpath(mainpyfile))
    pdb = Pdb()
    pdb.rcLines.extend(commands)
    while True:
        try:
            pdb._runscript(mainpyfile)
            if pdb._user_requested_quit:
                break
            print("The program finished and will be restarted")
        except Restart:
            print("Restarting", mainpyfile, "with arguments:")
            print("\t" + " ".join(sys.argv[1:]))
        except SystemExit:
            print("The program exited via sys.exit(). Exit status:", end=" ")
            print(sys.exc_info()[1])
        except SyntaxError:
            traceback.print_exc()
            sys.exit(1)
        except:
            traceback.print_exc()
            print("Uncaught exception. Entering post mortem debugging")
            print("Running 'cont' or 'step' will restart the program")
            t = sys.exc_info()[2]
            pdb.interaction(None, t)
            print("Post mortem debugger finished. The " + mainpyfile + " will be restarted")


if __name__ == "__main__":
    import pdb
    pdb.main()
