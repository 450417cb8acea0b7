/* kernel/signal_32.c — running a signal handler on i386, and coming back:
 * the signal frames, sigreturn(2), rt_sigreturn(2), and what an
 * interrupted system call becomes (EINTR or a restart).
 *
 * (Linux: arch/x86/kernel/signal.c and signal_32.c.)  To run a handler,
 * do_signal() writes a frame below the user's stack pointer holding
 * everything the handler may disturb — the registers (struct sigcontext),
 * the FPU state, the blocked mask — and points the user registers at the
 * handler, with the stack pointer on the frame.  The frame's first word is
 * the handler's return address: the C library's restorer (SA_RESTORER),
 * which makes the system call sigreturn or rt_sigreturn; that call reads
 * the frame back and resumes the interrupted code.  A frame is user
 * memory, so sigreturn trusts nothing in it: selectors must be user ones,
 * only the arithmetic flags may change, and a bad frame is a SIGSEGV.
 *
 * A handler with SA_ONSTACK runs on the sigaltstack(2) stack, if one is
 * set and the thread is not on it already.
 *
 * Frame layouts (i386 ABI, lowest address first; the FPU state follows,
 * 64-byte aligned as Linux aligns it):
 *   sigframe (no SA_SIGINFO):  pretcode, sig, sigcontext, an unused
 *       _fpstate, extramask (the mask's second word), retcode[8]
 *   rt_sigframe (SA_SIGINFO):  pretcode, sig, pinfo, puc, siginfo (128),
 *       ucontext (flags, link, stack, sigcontext, sigmask), retcode[8]
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <linux/segment.h>
#include <linux/fpu.h>
#include <uapi/asm/signal.h>
#include <uapi/asm/siginfo.h>
#include <uapi/asm/sigcontext.h>
#include <uapi/asm/unistd_32.h>

struct sigframe {
	u32 pretcode;
	s32 sig;
	struct sigcontext sc;
	struct _fpstate fpstate_unused;	/* kept for the layout; the state is below */
	u32 extramask;
	u8 retcode[8];
};

struct rt_sigframe {
	u32 pretcode;
	s32 sig;
	u32 pinfo, puc;
	s32 info[32];
	struct ucontext32 uc;
	u8 retcode[8];
};

/* The ABI's sizes: a mistake here would shift every field a libc reads. */
_Static_assert(sizeof(struct sigcontext) == 88, "sigcontext");
_Static_assert(sizeof(struct _fpstate) == 624, "_fpstate");
_Static_assert(sizeof(struct ucontext32) == 116, "ucontext");
_Static_assert(sizeof(struct sigframe) == 732, "sigframe");
_Static_assert(sizeof(struct rt_sigframe) == 268 && offsetof(struct rt_sigframe, uc) == 144, "rt_sigframe");

/* The flags sigreturn may take from the frame (Linux's FIX_EFLAGS):
 * arithmetic flags, direction, trap, alignment check, resume.  Never IOPL,
 * IF or VM. */
#define X86_EFLAGS_CF 0x00000001
#define X86_EFLAGS_PF 0x00000004
#define X86_EFLAGS_AF 0x00000010
#define X86_EFLAGS_ZF 0x00000040
#define X86_EFLAGS_SF 0x00000080
#define X86_EFLAGS_TF 0x00000100
#define X86_EFLAGS_DF 0x00000400
#define X86_EFLAGS_OF 0x00000800
#define X86_EFLAGS_RF 0x00010000
#define X86_EFLAGS_AC 0x00040000
#define FIX_EFLAGS (X86_EFLAGS_AC | X86_EFLAGS_OF | X86_EFLAGS_DF | X86_EFLAGS_TF | X86_EFLAGS_SF | \
		    X86_EFLAGS_ZF | X86_EFLAGS_AF | X86_EFLAGS_PF | X86_EFLAGS_CF | X86_EFLAGS_RF)

/* --- the FPU part of a frame --- */

/* The task's x87/SSE registers are live in the CPU while it runs in the
 * kernel (schedule() switches them eagerly); current->fpu is where they
 * are saved when needed.  In a frame they appear twice, as Linux writes
 * them on a CPU with FXSR but no XSAVE: first the old fnsave layout
 * (struct _fpstate_hdr, magic X86_FXSR_MAGIC), then the 512-byte fxsave
 * image, 64-byte aligned.  On sigreturn the x87 part is taken from the
 * fnsave layout (a handler may have edited it through
 * uc_mcontext.fpregs), the rest from the fxsave image. */

#define FXSAVE_SW_RESERVED	464	/* bytes 464..511: software's (zero here) */

/* The x87 tag word, full (2 bits a register: 0 valid, 1 zero, 2 special,
 * 3 empty) from fxsave's abridged one (1 bit: not empty), which needs a
 * look at each register's value. */
static u32 full_tag_word(const struct fxregs_state *fx)
{
	unsigned int top = (fx->swd >> 11) & 7;
	u32 twd = 0xffff0000u;

	for (int i = 0; i < 8; i++) {
		const u16 *st = (const u16 *)((const u8 *)fx->st_space + 16 * ((i - top) & 7));
		u16 exp = st[4] & 0x7fff;
		u32 tag;

		if (!(fx->twd & (1 << i)))
			tag = 3;
		else if (exp == 0x7fff)
			tag = 2;
		else if (exp == 0)
			tag = (st[0] | st[1] | st[2] | st[3]) ? 2 : 1;
		else
			tag = (st[3] & 0x8000) ? 0 : 2;
		twd |= tag << (2 * i);
	}
	return twd;
}

static void fxsr_to_hdr(const struct fxregs_state *fx, struct _fpstate_hdr *h)
{
	h->cw = fx->cwd | 0xffff0000u;
	h->sw = fx->swd | 0xffff0000u;
	h->tag = full_tag_word(fx);
	h->ipoff = fx->fip;
	h->cssel = (fx->fcs & 0xffff) | ((u32)fx->fop << 16);
	h->dataoff = fx->foo;
	h->datasel = fx->fos | 0xffff0000u;
	for (int i = 0; i < 8; i++)
		memcpy(h->st[i], (const u8 *)fx->st_space + 16 * i, 10);
	h->status = fx->swd;
	h->magic = X86_FXSR_MAGIC;
}

static void hdr_to_fxsr(const struct _fpstate_hdr *h, struct fxregs_state *fx)
{
	u8 abridged = 0;

	fx->cwd = h->cw;
	fx->swd = h->sw;
	for (int i = 0; i < 8; i++)		/* not empty (3): valid */
		if (((h->tag >> (2 * i)) & 3) != 3)
			abridged |= 1 << i;
	fx->twd = abridged;
	fx->fop = h->cssel >> 16;
	fx->fip = h->ipoff;
	fx->fcs = h->cssel & 0xffff;
	fx->foo = h->dataoff;
	fx->fos = h->datasel;
	for (int i = 0; i < 8; i++)
		memcpy((u8 *)fx->st_space + 16 * i, h->st[i], 10);
}

static unsigned long fpu_frame_size(void)
{
	return sizeof(struct _fpstate);
}

static int save_fpu_to_frame(void __user *fp)
{
	struct fxregs_state *fx = &current->fpu;
	struct _fpstate_hdr h;

	fpu_save(fx);
	memset((u8 *)fx + FXSAVE_SW_RESERVED, 0, sizeof(*fx) - FXSAVE_SW_RESERVED);
	fxsr_to_hdr(fx, &h);
	if (copy_to_user(fp, &h, sizeof(h)) ||
	    copy_to_user((u8 __user *)fp + sizeof(h), fx, sizeof(*fx)))
		return -EFAULT;
	return 0;
}

/* A handler starts with the registers a new program has. */
static void fpu_clear_for_handler(void)
{
	fpu_init_state(&current->fpu);
	fpu_restore(&current->fpu);
}

static int restore_fpu_from_frame(u32 fp)
{
	struct fxregs_state *fx = &current->fpu;
	struct _fpstate_hdr h;

	if (!fp) {
		fpu_clear_for_handler();
		return 0;
	}
	if (copy_from_user(&h, (void __user *)fp, sizeof(h)) ||
	    copy_from_user(fx, (u8 __user *)fp + sizeof(h), sizeof(*fx))) {
		fpu_clear_for_handler();
		return -EFAULT;
	}
	hdr_to_fxsr(&h, fx);
	fpu_sanitize(fx);		/* a reserved MXCSR bit would fault in fxrstor */
	fpu_restore(fx);
	return 0;
}

/* --- registers --- */

/* May a user load this selector?  what: 0 data (ds/es/fs/gs), 1 cs, 2 ss. */
static bool user_selector_ok(u16 sel, int what)
{
	if ((sel & ~3) == 0)
		return what == 0;		/* the null selector: data only */
	if ((sel & 3) != 3 || (sel & 4))
		return false;			/* user privilege, GDT only */
	if (what == 1)
		return sel == __USER_CS;
	if (what == 2)
		return sel == __USER_DS;
	if (sel == __USER_DS)
		return true;
	if ((sel >> 3) >= GDT_ENTRY_TLS_MIN && (sel >> 3) < GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES) {
		u8 t = current->tls[(sel >> 3) - GDT_ENTRY_TLS_MIN].type_flags;

		/* present, DPL 3, code/data; data or readable code */
		return (t & 0x80) && (t & 0x60) == 0x60 && (t & 0x10) && (!(t & 0x08) || (t & 0x02));
	}
	return false;
}

static void setup_sigcontext(struct sigcontext *sc, u32 fp, const struct pt_regs *regs, u32 mask)
{
	memset(sc, 0, sizeof(*sc));
	sc->gs = regs->gs;
	sc->fs = regs->fs;
	sc->es = regs->es;
	sc->ds = regs->ds;
	sc->di = regs->di;
	sc->si = regs->si;
	sc->bp = regs->bp;
	sc->sp = regs->sp;
	sc->bx = regs->bx;
	sc->dx = regs->dx;
	sc->cx = regs->cx;
	sc->ax = regs->ax;
	sc->trapno = current->thread.trap_nr;
	sc->err = current->thread.error_code;
	sc->ip = regs->ip;
	sc->cs = regs->cs;
	sc->flags = regs->flags;
	sc->sp_at_signal = regs->sp;
	sc->ss = regs->ss;
	sc->fpstate = fp;
	sc->oldmask = mask;
	sc->cr2 = current->thread.cr2;
}

/* Load the registers from a frame's sigcontext.  -EFAULT: the frame is
 * bad (the caller sends SIGSEGV).  Linux lets a bad selector fault at the
 * iret back to user mode and turns that into SIGSEGV; we check first. */
static int restore_sigcontext(struct pt_regs *regs, const struct sigcontext *sc)
{
	if (!user_selector_ok(sc->gs, 0) || !user_selector_ok(sc->fs, 0) ||
	    !user_selector_ok(sc->es, 0) || !user_selector_ok(sc->ds, 0) ||
	    !user_selector_ok(sc->cs | 3, 1) || !user_selector_ok(sc->ss | 3, 2))
		return -EFAULT;
	/* A restarted call must not restart once more (restart_syscall). */
	current->restart_block.fn = NULL;
	regs->gs = sc->gs;
	regs->fs = sc->fs;
	regs->es = sc->es;
	regs->ds = sc->ds;
	regs->di = sc->di;
	regs->si = sc->si;
	regs->bp = sc->bp;
	regs->sp = sc->sp;
	regs->bx = sc->bx;
	regs->dx = sc->dx;
	regs->cx = sc->cx;
	regs->ax = sc->ax;
	regs->ip = sc->ip;
	regs->cs = sc->cs | 3;
	regs->ss = sc->ss | 3;
	regs->flags = (regs->flags & ~FIX_EFLAGS) | (sc->flags & FIX_EFLAGS);
	regs->orig_ax = -1;		/* not in a system call: no restart checks */
	return restore_fpu_from_frame(sc->fpstate);
}

/* --- sigaltstack --- */

#define SS_ONSTACK	1
#define MINSIGSTKSZ	2048

static bool on_sig_stack(unsigned long sp)
{
	return sp > current->sas_ss_sp && sp - current->sas_ss_sp <= current->sas_ss_size;
}

static int sas_ss_flags(unsigned long sp)
{
	if (!current->sas_ss_size)
		return SS_DISABLE;
	return on_sig_stack(sp) ? SS_ONSTACK : 0;
}

static void save_altstack(struct stack_t32 *st, unsigned long sp)
{
	st->ss_sp = current->sas_ss_sp;
	st->ss_flags = sas_ss_flags(sp);
	st->ss_size = current->sas_ss_size;
}

static int do_sigaltstack(const struct stack_t32 *ss, struct stack_t32 *oss, unsigned long sp)
{
	if (oss)
		save_altstack(oss, sp);
	if (!ss)
		return 0;
	if (on_sig_stack(sp))
		return -EPERM;		/* not while running on it */
	if (ss->ss_flags != SS_DISABLE && ss->ss_flags != SS_ONSTACK && ss->ss_flags != 0)
		return -EINVAL;
	if (ss->ss_flags == SS_DISABLE) {
		current->sas_ss_sp = 0;
		current->sas_ss_size = 0;
		return 0;
	}
	if (ss->ss_size < MINSIGSTKSZ)
		return -ENOMEM;
	current->sas_ss_sp = ss->ss_sp;
	current->sas_ss_size = ss->ss_size;
	return 0;
}

long sys_sigaltstack(const struct stack_t32 __user *uss, struct stack_t32 __user *uoss)
{
	struct stack_t32 ss, oss;
	int err;

	if (uss && copy_from_user(&ss, uss, sizeof(ss)))
		return -EFAULT;
	err = do_sigaltstack(uss ? &ss : NULL, &oss, current_pt_regs()->sp);
	if (!err && uoss && copy_to_user(uoss, &oss, sizeof(oss)))
		return -EFAULT;
	return err;
}

/* --- building a frame --- */

/* Where the frame goes: below the stack pointer, the FPU state 64-byte
 * aligned with its fnsave header before it, then the frame itself so
 * that the handler starts as if called: (sp + 4) 16-byte aligned.
 * A frame that would not fit on the signal stack it is meant for is an
 * address that always faults (a SIGSEGV), as on Linux: else frames that
 * ran off its bottom would start again at its top, and a handler that
 * faults on it would be entered for ever. */
static unsigned long get_sigframe(const struct k_sigaction *ka, const struct pt_regs *regs, size_t frame_size,
				  unsigned long *fpstate)
{
	unsigned long sp = regs->sp;
	bool on_altstack = on_sig_stack(sp);

	if ((ka->flags & SA_ONSTACK) && sas_ss_flags(sp) == 0) {
		sp = current->sas_ss_sp + current->sas_ss_size;
		on_altstack = true;
	}

	sp = ALIGN_DOWN(sp - sizeof(struct fxregs_state), 64);	/* the fxsave image */
	sp -= fpu_frame_size() - sizeof(struct fxregs_state);	/* its fnsave header */
	*fpstate = sp;
	sp -= frame_size;
	sp = ((sp + 4) & -16ul) - 4;
	if (on_altstack && !on_sig_stack(sp))
		*fpstate = sp = -1ul;
	return sp;
}

/* movl $__NR_sigreturn/rt_sigreturn, %eax; int $0x80 — the return path
 * when the handler was installed without SA_RESTORER (no vDSO here). */
static void put_retcode(u8 *rc, bool rt)
{
	u32 nr = rt ? __NR_rt_sigreturn : __NR_sigreturn;
	int i = 0;

	if (!rt)
		rc[i++] = 0x58;			/* popl %eax: drop the sig argument */
	rc[i++] = 0xb8;				/* movl $nr, %eax */
	memcpy(rc + i, &nr, 4);
	i += 4;
	rc[i++] = 0xcd;				/* int $0x80 */
	rc[i++] = 0x80;
	while (i < 8)
		rc[i++] = 0;
}

static int setup_frame(int sig, const struct k_sigaction *ka, u64 set, struct pt_regs *regs)
{
	struct sigframe f;
	unsigned long fp, addr = get_sigframe(ka, regs, sizeof(f), &fp);

	memset(&f, 0, sizeof(f));
	f.sig = sig;
	setup_sigcontext(&f.sc, fp, regs, (u32)set);
	f.extramask = set >> 32;
	put_retcode(f.retcode, false);
	f.pretcode = (ka->flags & SA_RESTORER) ? ka->restorer : addr + offsetof(struct sigframe, retcode);
	if (save_fpu_to_frame((void __user *)fp) || copy_to_user((void __user *)addr, &f, sizeof(f)))
		return -EFAULT;
	regs->sp = addr;
	regs->ip = ka->handler;
	regs->ax = sig;
	regs->dx = 0;
	regs->cx = 0;
	return 0;
}

static int setup_rt_frame(int sig, const struct k_sigaction *ka, const struct ksiginfo *info,
			  u64 set, struct pt_regs *regs)
{
	struct rt_sigframe f;
	unsigned long fp, addr = get_sigframe(ka, regs, sizeof(f), &fp);

	memset(&f, 0, sizeof(f));
	f.sig = sig;
	f.pinfo = addr + offsetof(struct rt_sigframe, info);
	f.puc = addr + offsetof(struct rt_sigframe, uc);
	save_altstack(&f.uc.uc_stack, regs->sp);
	setup_sigcontext(&f.uc.uc_mcontext, fp, regs, (u32)set);
	f.uc.uc_sigmask = set;
	put_retcode(f.retcode, true);
	f.pretcode = (ka->flags & SA_RESTORER) ? ka->restorer : addr + offsetof(struct rt_sigframe, retcode);
	if (save_fpu_to_frame((void __user *)fp) || copy_to_user((void __user *)addr, &f, sizeof(f)) ||
	    copy_siginfo_to_user((void __user *)f.pinfo, info))
		return -EFAULT;
	regs->sp = addr;
	regs->ip = ka->handler;
	/* The arguments also in registers, for handlers declared regparm. */
	regs->ax = sig;
	regs->dx = f.pinfo;
	regs->cx = f.puc;
	return 0;
}

/* --- sigreturn --- */

long sys_sigreturn(void)
{
	struct pt_regs *regs = current_pt_regs();
	struct sigframe f;
	unsigned long addr = regs->sp - 8;	/* pretcode and sig were popped */

	if (copy_from_user(&f, (void __user *)addr, sizeof(f)))
		goto badframe;
	set_current_blocked(((u64)f.extramask << 32) | f.sc.oldmask);
	if (restore_sigcontext(regs, &f.sc))
		goto badframe;
	return regs->ax;
badframe:
	printk(KERN_INFO "%s[%d] bad frame in sigreturn frame:%08lx ip:%lx sp:%lx\n",
	       current->comm, current->pid, addr, regs->ip, regs->sp);
	force_sig(SIGSEGV);
	return 0;
}

long sys_rt_sigreturn(void)
{
	struct pt_regs *regs = current_pt_regs();
	struct rt_sigframe f;
	unsigned long addr = regs->sp - 4;	/* pretcode was popped */

	if (copy_from_user(&f, (void __user *)addr, sizeof(f)))
		goto badframe;
	set_current_blocked(f.uc.uc_sigmask);
	if (restore_sigcontext(regs, &f.uc.uc_mcontext))
		goto badframe;
	/* As Linux: the frame's stack_t is applied, its errors ignored. */
	do_sigaltstack(&f.uc.uc_stack, NULL, regs->sp);
	return regs->ax;
badframe:
	printk(KERN_INFO "%s[%d] bad frame in rt_sigreturn frame:%08lx ip:%lx sp:%lx\n",
	       current->comm, current->pid, addr, regs->ip, regs->sp);
	force_sig(SIGSEGV);
	return 0;
}

/* --- delivery --- */

/* Returns with the frame built and the mask set, or with SIGSEGV forced. */
static void handle_signal(int sig, const struct ksiginfo *info, const struct k_sigaction *ka,
			  struct pt_regs *regs)
{
	u64 oldset = current->restore_sigmask ? current->saved_sigmask : current->blocked;
	int err;

	/* Interrupted a system call: EINTR, or run it again after the handler. */
	if ((long)regs->orig_ax >= 0) {
		switch ((long)regs->ax) {
		case -ERESTART_RESTARTBLOCK:
		case -ERESTARTNOHAND:
			regs->ax = -EINTR;
			break;
		case -ERESTARTSYS:
			if (!(ka->flags & SA_RESTART)) {
				regs->ax = -EINTR;
				break;
			}
			/* fallthrough */
		case -ERESTARTNOINTR:
			regs->ax = regs->orig_ax;
			regs->ip -= 2;		/* back onto the int $0x80 */
			break;
		}
	}
	/* A restartable sequence the signal cut starts over: the frame must
	 * save its abort handler's address (Linux's rseq_signal_deliver). */
	if (current->rseq)
		rseq_handle_notify_resume(sig, regs);
	if (ka->flags & SA_SIGINFO)
		err = setup_rt_frame(sig, ka, info, oldset, regs);
	else
		err = setup_frame(sig, ka, oldset, regs);
	if (err) {
		force_sigsegv(sig);
		return;
	}
	regs->flags &= ~(X86_EFLAGS_DF | X86_EFLAGS_RF | X86_EFLAGS_TF);
	regs->ds = regs->es = __USER_DS;
	regs->ss = __USER_DS;
	regs->cs = __USER_CS;
	fpu_clear_for_handler();
	current->restore_sigmask = false;
	{
		u64 blocked = current->blocked | ka->mask;

		if (!(ka->flags & SA_NODEFER))
			blocked |= sigmask(sig);
		set_current_blocked(blocked);
	}
}

/* The way out to user mode, with a signal pending or a call to restart
 * (exit_to_user_mode, kernel/sched.c).  One handler per call: the caller
 * loops while signals are pending, so several frames may nest. */
void do_signal(struct pt_regs *regs)
{
	struct ksiginfo info;
	struct k_sigaction ka;
	int sig = get_signal(&info, &ka);

	if (sig) {
		handle_signal(sig, &info, &ka, regs);
		return;
	}
	/* No handler ran: a call a signal interrupted runs again. */
	if ((long)regs->orig_ax >= 0) {
		switch ((long)regs->ax) {
		case -ERESTARTNOHAND:
		case -ERESTARTSYS:
		case -ERESTARTNOINTR:
			regs->ax = regs->orig_ax;
			regs->ip -= 2;
			break;
		case -ERESTART_RESTARTBLOCK:
			regs->ax = __NR_restart_syscall;
			regs->ip -= 2;
			break;
		}
		regs->orig_ax = -1;	/* done: not twice */
	}
	if (current->restore_sigmask) {
		current->restore_sigmask = false;
		set_current_blocked(current->saved_sigmask);
	}
}

/* restart_syscall(2): resume what -ERESTART_RESTARTBLOCK left. */
long sys_restart_syscall(void)
{
	struct restart_block *rb = &current->restart_block;
	long (*fn)(struct restart_block *) = rb->fn;

	rb->fn = NULL;
	return fn ? fn(rb) : -EINTR;
}
