/* kernel/stat.c — fstat64(2) and statx(2) of an open descriptor.
 *
 * libc asks these of stdout before its first write: glibc line-buffers a
 * character device that is a terminal, fully buffers anything else, and
 * sizes its buffer by st_blksize.  There is no file system yet (Linux
 * keeps this in fs/stat.c, reading the inode), so what a file is comes
 * from the struct file itself: the console is a character device (5:1,
 * /dev/console's numbers), a socket a socket.  Owners are root, times are
 * not kept (0), and a path is ENOENT: there are no files to name.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <uapi/linux/stat.h>
#include <uapi/asm/stat.h>

#define STAT_BLKSIZE	4096		/* PAGE_SIZE, as Linux says for these */

long sys_fstat64(int fd, struct stat64 __user *statbuf)
{
	struct file *f = fget(fd);
	struct stat64 st = { 0 };

	if (!f)
		return -EBADF;
	st.st_mode = f->f_imode;
	st.st_nlink = 1;
	st.__st_ino = st.st_ino = f->f_ino;
	/* new_encode_dev: minor's low byte, the major, minor's high bits */
	st.st_rdev = (f->f_rdev_minor & 0xff) | (f->f_rdev_major << 8) | ((f->f_rdev_minor & ~0xffu) << 12);
	st.st_blksize = STAT_BLKSIZE;
	return copy_to_user(statbuf, &st, sizeof(st)) ? -EFAULT : 0;
}

/* Linux's order: the flags and mask, then the name (EFAULT, and ENOENT
 * for "" without AT_EMPTY_PATH), then the descriptor. */
long sys_statx(int dfd, const char __user *filename, unsigned int flags, unsigned int mask,
	       struct statx __user *buffer)
{
	struct statx stx = { 0 };
	struct file *f;
	char c;

	if (mask & STATX__RESERVED)
		return -EINVAL;
	if ((flags & AT_STATX_SYNC_TYPE) == AT_STATX_SYNC_TYPE)
		return -EINVAL;
	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE))
		return -EINVAL;
	if (get_user(c, (char __user *)filename))
		return -EFAULT;
	if (c || !(flags & AT_EMPTY_PATH))
		return -ENOENT;		/* no file system: no name finds a file */
	f = fget(dfd);
	if (!f)
		return -EBADF;
	stx.stx_mask = STATX_BASIC_STATS;
	stx.stx_blksize = STAT_BLKSIZE;
	stx.stx_nlink = 1;
	stx.stx_mode = f->f_imode;
	stx.stx_ino = f->f_ino;
	stx.stx_rdev_major = f->f_rdev_major;
	stx.stx_rdev_minor = f->f_rdev_minor;
	return copy_to_user(buffer, &stx, sizeof(stx)) ? -EFAULT : 0;
}
