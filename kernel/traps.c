/* kernel/traps.c — what happens when the CPU raises an exception.
 *
 * entry.S calls do_entry() for every vector but the system call.  A fault
 * in user mode sends the faulting thread the signal Linux would send, with
 * Linux's si_code and si_addr (force_sig_fault, kernel/signal.c): a
 * handler may catch it, otherwise it kills that process alone (a shell
 * then reports 128 + signal).  The same fault in kernel mode is a bug in
 * the kernel and ends in an oops-style panic.  Two page faults are mended
 * rather than punished, as on Linux: one just below the user stack grows
 * the stack, and the first touch of a page reserved but not yet given
 * (kernel/memory.c, handle_mm_fault) gets it.
 */
#include <linux/kernel.h>
#include <linux/traps.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <uapi/asm/signal.h>
#include <uapi/asm/siginfo.h>

/* si_code of an x87 (#MF) or SIMD (#XM) exception: the first unmasked
 * exception flag, in Linux's order (fpu__exception_code). */
static int fpu_exception_code(unsigned long nr)
{
	u16 cw, sw;
	u32 err, mxcsr;

	if (nr == 19) {			/* flags in bits 0-5, masks in 7-12 */
		asm volatile("stmxcsr %0" : "=m"(mxcsr));
		err = mxcsr & ~(mxcsr >> 7) & 0x3f;
	} else {
		asm volatile("fnstcw %0; fnstsw %1" : "=m"(cw), "=m"(sw));
		err = sw & ~cw & 0x3f;
	}
	if (err & 0x001) return FPE_FLTINV;	/* invalid operation */
	if (err & 0x004) return FPE_FLTDIV;	/* zero divide */
	if (err & 0x008) return FPE_FLTOVF;
	if (err & 0x012) return FPE_FLTUND;	/* underflow, denormal */
	if (err & 0x020) return FPE_FLTRES;	/* precision */
	return 0;
}

static const struct { const char *name; int signo; } exceptions[32] = {
	[0]  = { "divide error", SIGFPE },
	[1]  = { "debug", SIGTRAP },
	[2]  = { "NMI", 0 },
	[3]  = { "int3", SIGTRAP },
	[4]  = { "overflow", SIGSEGV },
	[5]  = { "bounds", SIGSEGV },
	[6]  = { "invalid opcode", SIGILL },
	[7]  = { "device not available", SIGFPE },
	[8]  = { "double fault", 0 },
	[9]  = { "coprocessor segment overrun", SIGFPE },
	[10] = { "invalid TSS", SIGSEGV },
	[11] = { "segment not present", SIGBUS },
	[12] = { "stack segment", SIGBUS },
	[13] = { "general protection", SIGSEGV },
	[14] = { "page fault", SIGSEGV },
	[16] = { "coprocessor error", SIGFPE },
	[17] = { "alignment check", SIGBUS },
	[18] = { "machine check", 0 },
	[19] = { "SIMD exception", SIGFPE },
};

void show_regs(const struct pt_regs *regs)
{
	printk(KERN_EMERG "EIP: %04lx:%08lx EFLAGS: %08lx\n", regs->cs & 0xffff, regs->ip, regs->flags);
	printk(KERN_EMERG "EAX: %08lx EBX: %08lx ECX: %08lx EDX: %08lx\n", regs->ax, regs->bx, regs->cx, regs->dx);
	printk(KERN_EMERG "ESI: %08lx EDI: %08lx EBP: %08lx ESP: %08lx\n", regs->si, regs->di, regs->bp,
	       user_mode(regs) ? regs->sp : (unsigned long)&regs->sp);
	printk(KERN_EMERG "DS: %04lx ES: %04lx FS: %04lx GS: %04lx CR2: %08lx CR3: %08lx\n",
	       regs->ds & 0xffff, regs->es & 0xffff, regs->fs & 0xffff, regs->gs & 0xffff,
	       read_cr2(), read_cr3());
}

static const char *trap_name(unsigned long trapno)
{
	return trapno < 32 && exceptions[trapno].name ? exceptions[trapno].name : "reserved";
}

void do_trap(struct pt_regs *regs)
{
	unsigned long nr = regs->trapno;
	unsigned long addr = nr == 14 ? read_cr2() : 0;
	int sig = nr < 32 ? exceptions[nr].signo : 0;

	if (nr == 14 && user_mode(regs) && !(regs->error_code & 1)) {
		int err = expand_stack(current->mm, addr);

		if (err)
			err = handle_mm_fault(current->mm, addr, regs->error_code & 2);
		if (!err)
			return;		/* a new page; retry the instruction */
		if (err == -ENOMEM) {	/* Linux's OOM killer would pick someone; we pick the toucher */
			printk(KERN_ERR "%s[%d]: out of memory at %lx\n", current->comm, current->pid, addr);
			force_sig(SIGKILL);
			return;
		}
	}

	if (!user_mode(regs) || !sig || !current->mm) {
		printk(KERN_EMERG "Oops: %s, vector %lu, error code %04lx%s\n",
		       trap_name(nr), nr, regs->error_code, user_mode(regs) ? " (user)" : "");
		if (nr == 14)
			printk(KERN_EMERG "BUG: unable to handle page fault at address %08lx\n", addr);
		show_regs(regs);
		panic("fatal exception in %s mode", user_mode(regs) ? "user" : "kernel");
	}

	/* Linux logs "prog[pid]: segfault at ADDR ip IP sp SP error E". */
	if (nr == 14)
		printk(KERN_ERR "%s[%d]: segfault at %lx ip %08lx sp %08lx error %lx\n",
		       current->comm, current->pid, addr, regs->ip, regs->sp, regs->error_code);
	else
		printk(KERN_ERR "%s[%d]: %s ip %08lx sp %08lx error %lx\n",
		       current->comm, current->pid, trap_name(nr), regs->ip, regs->sp, regs->error_code);
	current->thread.trap_nr = nr;
	current->thread.error_code = regs->error_code;
	if (nr == 14)
		current->thread.cr2 = addr;
	/* What siginfo says, as Linux: si_code and si_addr. */
	switch (nr) {
	case 0:  force_sig_fault(SIGFPE, FPE_INTDIV, regs->ip); break;
	case 6:  force_sig_fault(SIGILL, ILL_ILLOPN, regs->ip); break;
	case 14: force_sig_fault(SIGSEGV, (regs->error_code & 1) ? SEGV_ACCERR : SEGV_MAPERR, addr); break;
	case 16:
	case 19: force_sig_fault(SIGFPE, fpu_exception_code(nr), regs->ip); break;
	case 17: force_sig_fault(SIGBUS, BUS_ADRALN, 0); break;
	default: force_sig(sig); break;	/* SI_KERNEL */
	}
}

void do_entry(struct pt_regs *regs)
{
	if (regs->trapno >= FIRST_EXTERNAL_VECTOR && regs->trapno < FIRST_EXTERNAL_VECTOR + NR_IRQS)
		do_IRQ(regs);
	else
		do_trap(regs);
}
