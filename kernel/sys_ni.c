/* kernel/sys_ni.c — system calls that are not implemented.
 *
 * Linux fills the holes of its table with sys_ni_syscall, which returns
 * -ENOSYS; so do we, and we also keep count.  A real program that gets
 * ENOSYS usually carries on quietly (a C library falls back to an older
 * call, or reports a vague error much later), so the kernel log names
 * each missing call the first time it is made, and the power-off stats
 * list them all (kernel/power.c): every test fails if a program asked for
 * something we lack, beyond the calls left out on purpose (tests/lib.sh,
 * check_no_enosys; the README lists them and says why).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/sys_ni.h>
#include <uapi/asm/unistd_32.h>

static unsigned long enosys_count[NR_syscalls];
static unsigned long enosys_other;	/* numbers past the table: -1, garbage */

long sys_ni_syscall(unsigned long nr)
{
	if (nr >= NR_syscalls) {
		if (!enosys_other++)
			printk(KERN_WARNING "syscall %lu not implemented (past the table), "
			       "called by %s (pid %d)\n", nr, current->comm, current->pid);
		return -ENOSYS;
	}
	if (!enosys_count[nr]++)
		printk(KERN_WARNING "syscall %lu (%s) not implemented, called by %s (pid %d)\n",
		       nr, syscall_names[nr] ? syscall_names[nr] : "?", current->comm, current->pid);
	return -ENOSYS;
}

void enosys_report(void (*put)(const char *))
{
	char item[32];
	bool first = true;

	for (unsigned long nr = 0; nr <= NR_syscalls; nr++) {
		unsigned long count = nr < NR_syscalls ? enosys_count[nr] : enosys_other;

		if (!count)
			continue;
		if (nr < NR_syscalls)
			snprintf(item, sizeof(item), "%s%lu:%lu", first ? "" : ",", nr, count);
		else
			snprintf(item, sizeof(item), "%sother:%lu", first ? "" : ",", count);
		put(item);
		first = false;
	}
}
