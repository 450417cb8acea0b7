/* kernel/tls.c — set_thread_area(2): the C library's thread pointer.
 *
 * musl and glibc on i386 keep their per-thread block at %gs:0.  At start-up
 * they ask for a GDT slot with entry_number = -1; we pick a free one of the
 * three TLS slots (6..8, as Linux), write the number back, and remember the
 * descriptor in the task, because every task has its own: schedule()
 * reloads the three slots on each switch (load_TLS).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/segment.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <uapi/asm/ldt.h>
#include <uapi/asm/signal.h>

/* Does descriptor d suit a segment register?  what: 0 ds/es/fs/gs, 1 cs,
 * 2 ss.  Present, user-level, code or data as the register needs. */
static bool desc_fits(const struct desc_struct *d, int what)
{
	u8 t = d->type_flags;
	bool code = t & 0x08;

	if (!(t & 0x80) || (t & 0x60) != 0x60 || !(t & 0x10))
		return false;
	if (what == 1)
		return code;
	if (what == 2)
		return !code && (t & 0x02);
	return !code || (t & 0x02);	/* data, or readable code */
}

/* The process may have a segment register loaded with the slot it just
 * changed.  Restoring it on the way out would then fault inside the kernel
 * (Linux catches that fault with an exception fixup).  Here we look first:
 * a data segment register that no longer fits becomes the null selector;
 * a code or stack segment that no longer fits is a SIGSEGV. */
static void fixup_user_selectors(struct task_struct *p, int idx)
{
	struct pt_regs *regs = task_pt_regs(p);
	const struct desc_struct *d = &p->tls[idx - GDT_ENTRY_TLS_MIN];
	unsigned long *data[] = { &regs->ds, &regs->es, &regs->fs, &regs->gs };

	for (unsigned int i = 0; i < ARRAY_SIZE(data); i++)
		if ((*data[i] & 0xfffc) == (unsigned long)idx << 3 && !desc_fits(d, 0))
			*data[i] = 0;
	if (((regs->cs & 0xfffc) == (unsigned long)idx << 3 && !desc_fits(d, 1)) ||
	    ((regs->ss & 0xfffc) == (unsigned long)idx << 3 && !desc_fits(d, 2))) {
		if (p == current)
			force_sig(SIGSEGV);
		else		/* a new thread: it dies before its first instruction */
			p->pending.signal |= sigmask(SIGKILL);
	}
}

/* Set one of p's TLS slots: for the caller (set_thread_area), or for a new
 * thread (clone's CLONE_SETTLS), which may not ask for a free slot. */
int do_set_thread_area(struct task_struct *p, struct user_desc __user *u_info, bool can_allocate)
{
	struct user_desc info;
	struct desc_struct *d;
	int idx;
	u8 access;

	if (copy_from_user(&info, u_info, sizeof(info)))
		return -EFAULT;
	idx = info.entry_number;
	if (idx == -1 && can_allocate) {
		for (idx = GDT_ENTRY_TLS_MIN; idx < GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES; idx++)
			if (!(p->tls[idx - GDT_ENTRY_TLS_MIN].type_flags & 0x80))
				break;
		if (idx == GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES)
			return -ESRCH;
		if (put_user(idx, &u_info->entry_number))
			return -EFAULT;
	}
	if (idx < GDT_ENTRY_TLS_MIN || idx >= GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES)
		return -EINVAL;
	d = &p->tls[idx - GDT_ENTRY_TLS_MIN];
	if (info.seg_not_present && info.read_exec_only) {	/* "clear this slot" */
		memset(d, 0, sizeof(*d));
	} else {
		/* Present, DPL 3, code or data; writable unless read_exec_only. */
		access = 0xf0 | ((info.contents & 2) ? 0x0a : 0x02) | ((info.contents & 1) << 2);
		if (info.read_exec_only)
			access &= ~0x02;
		if (info.seg_not_present)
			access &= ~0x80;
		set_desc(d, info.base_addr, info.limit, access,
			 (info.seg_32bit ? 0x4 : 0) | (info.limit_in_pages ? 0x8 : 0) | (info.useable ? 0x1 : 0));
	}
	if (p == current)
		load_TLS(current);
	fixup_user_selectors(p, idx);
	return 0;
}

long sys_set_thread_area(struct user_desc __user *u_info)
{
	return do_set_thread_area(current, u_info, true);
}
