/* kernel/utsname.c — the machine's names: uname(2), sethostname(2),
 * setdomainname(2).  libc's gethostname() and getdomainname() are uname.
 *
 * Linux builds this structure at compile time (init_uts_ns: in
 * init/version-timestamp.c, formerly init/version.c) and keeps one per UTS
 * namespace (kernel/utsname.c); here there is one machine and one copy.
 *
 * The release is "6.1.0-socket86": we answer the Linux i386 ABI of the
 * 6.1 long-term kernel, and programs read the release as a promise of
 * what the kernel understands — older glibc refuses to start ("FATAL:
 * kernel too old") below the version it was built for (3.2 for Debian's
 * i386 glibc), and some programs choose their system calls by it.  The
 * "-socket86" suffix is where Linux distributions put their own name.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <uapi/linux/utsname.h>

static struct new_utsname utsname = {
	.sysname = "Linux",
	.nodename = "socket86",		/* until sethostname */
	.release = "6.1.0-socket86",
	.version = "#1 socket86",
	.machine = "i686",		/* what Linux says on a P6-class or later CPU */
	.domainname = "(none)",		/* Linux's name for "not set" */
};

long sys_newuname(struct new_utsname __user *name)
{
	return copy_to_user(name, &utsname, sizeof(utsname)) ? -EFAULT : 0;
}

/* Both setters: EINVAL for a length outside 0..64, EFAULT for a bad
 * buffer; the name need not end in a NUL (the rest of the field is
 * cleared).  Only root may do it — everyone is root here. */
static long set_name(char *field, const char __user *uname, int len)
{
	char tmp[__NEW_UTS_LEN];

	if (len < 0 || len > __NEW_UTS_LEN)
		return -EINVAL;
	if (copy_from_user(tmp, uname, len))
		return -EFAULT;
	memcpy(field, tmp, len);
	memset(field + len, 0, __NEW_UTS_LEN + 1 - len);
	return 0;
}

long sys_sethostname(const char __user *name, int len)
{
	return set_name(utsname.nodename, name, len);
}

long sys_setdomainname(const char __user *name, int len)
{
	return set_name(utsname.domainname, name, len);
}
