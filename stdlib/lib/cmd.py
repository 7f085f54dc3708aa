"""A line-oriented command interpreter (the base of pdb).

A subclass defines do_<name>(arg) methods; cmdloop() reads lines, splits
off the first word as the command, and calls the method with the rest.
help_<name>() methods or the do_ methods' docstrings answer `help name`.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = "="
    lastcmd = ""
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Read and run commands until one returns a true value."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            if self.cmdqueue:
                line = self.cmdqueue.pop(0)
            elif self.use_rawinput:
                try:
                    line = input(self.prompt)
                except EOFError:
                    line = "EOF"
            else:
                self.stdout.write(self.prompt)
                self.stdout.flush()
                line = self.stdin.readline()
                line = line.rstrip("\r\n") if line else "EOF"
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        """(command, argument, line): the leading identifier, the rest;
        '?' means help and '!' shell."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == "?":
            line = "help " + line[1:]
        elif line[0] == "!":
            if not hasattr(self, "do_shell"):
                return None, None, line
            line = "shell " + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one command line; a true result ends cmdloop()."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = line
        if line == "EOF":
            self.lastcmd = ""
        if command == "":
            return self.default(line)
        try:
            method = getattr(self, "do_" + command)
        except AttributeError:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """An empty line repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write("*** Unknown syntax: %s\n" % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        return [name[3:] for name in self.get_names() if name.startswith("do_" + text)]

    def get_names(self):
        return dir(self.__class__)

    def do_help(self, arg):
        """List the commands, or show the help of one ("help name")."""
        if arg:
            try:
                helper = getattr(self, "help_" + arg)
            except AttributeError:
                try:
                    doc = getattr(self, "do_" + arg).__doc__
                    if doc:
                        self.stdout.write("%s\n" % str(doc))
                        return
                except AttributeError:
                    pass
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
                return
            helper()
            return
        names = self.get_names()
        documented, undocumented = [], []
        topics = {name[5:] for name in names if name.startswith("help_")}
        previous = None
        for name in sorted(names):
            if not name.startswith("do_") or name == previous:
                continue
            previous = name
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.discard(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, items, displaywidth=80):
        """Print the strings in as many columns as fit, filled top to
        bottom, columns two spaces apart."""
        if not items:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, item in enumerate(items) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        size = len(items)
        if size == 1:
            self.stdout.write("%s\n" % str(items[0]))
            return
        # The fewest rows whose columns fit the width.
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            widths = []
            total = -2
            for col in range(ncols):
                column = items[col * nrows:(col + 1) * nrows]
                width = max(len(item) for item in column) if column else 0
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            nrows, ncols, widths = size, 1, [0]
        for row in range(nrows):
            cells = [items[i] if i < size else "" for i in range(row, size, nrows)]
            while cells and not cells[-1]:
                del cells[-1]
            self.stdout.write("%s\n" % "  ".join(cell.ljust(widths[n]) for n, cell in enumerate(cells)))
