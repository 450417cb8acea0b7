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

long sys_set_thread_area(struct user_desc __user *u_info)
{
	struct user_desc info;
	struct desc_struct *d;
	int idx;
	u8 access;

	if (copy_from_user(&info, u_info, sizeof(info)))
		return -EFAULT;
	idx = info.entry_number;
	if (idx == -1) {
		for (idx = GDT_ENTRY_TLS_MIN; idx < GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES; idx++)
			if (!(current->tls[idx - GDT_ENTRY_TLS_MIN].type_flags & 0x80))
				break;
		if (idx == GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES)
			return -ESRCH;
		if (put_user(idx, &u_info->entry_number))
			return -EFAULT;
	}
	if (idx < GDT_ENTRY_TLS_MIN || idx >= GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES)
		return -EINVAL;
	d = &current->tls[idx - GDT_ENTRY_TLS_MIN];
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
	load_TLS(current);
	return 0;
}
