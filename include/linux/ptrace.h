/* include/linux/ptrace.h — struct pt_regs, the trap frame.
 *
 * kernel/entry.S builds one on the kernel stack at every trap, interrupt and
 * system call; its field order is the order entry.S pushes in, reversed.
 * The names are Linux i386's.  orig_ax keeps the system-call number after
 * ax is overwritten with the result; trapno and error_code say which
 * exception or interrupt it was.  sp and ss exist only when the trap came
 * from user mode (the CPU pushes them only on a privilege change).
 */
#ifndef _LINUX_PTRACE_H
#define _LINUX_PTRACE_H

struct pt_regs {
	unsigned long bx, cx, dx, si, di, bp, ax;
	unsigned long ds, es, fs, gs;
	unsigned long orig_ax;
	unsigned long trapno, error_code;
	unsigned long ip, cs, flags;
	unsigned long sp, ss;		/* user-mode traps only */
};

static inline int user_mode(const struct pt_regs *regs)
{
	return (regs->cs & 3) == 3;
}

#endif
