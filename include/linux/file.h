/* include/linux/file.h — open files and the per-process descriptor table.
 *
 * A descriptor is an index into the process's files_struct; it points to a
 * struct file, which says what the file is through its file_operations
 * (the console in kernel/tty.c, a socket in net/socket.c).  Several
 * descriptors — in one process after dup, or in parent and child after
 * fork — may share one struct file; f_count counts them, and the last
 * close calls ->release.
 */
#ifndef _LINUX_FILE_H
#define _LINUX_FILE_H

#include <linux/types.h>
#include <linux/kernel.h>

#define NR_OPEN		64	/* descriptors per process: beyond, EMFILE */
#define NR_FILE		256	/* open files in the system: beyond, ENFILE */

struct file;
struct task_struct;
struct poll_table_struct;

struct file_operations {
	ssize_t (*read)(struct file *f, char __user *buf, size_t len);
	ssize_t (*write)(struct file *f, const char __user *buf, size_t len);
	unsigned int (*poll)(struct file *f, struct poll_table_struct *pt);
	long (*ioctl)(struct file *f, unsigned int cmd, unsigned long arg);
	void (*release)(struct file *f);
	/* Moving the file position (lseek).  NULL: the file has none — a
	 * terminal, a pipe, a socket — and lseek is ESPIPE (Linux's no_llseek). */
	long long (*llseek)(struct file *f, long long offset, int whence);
};

struct file {
	const struct file_operations *f_op;
	int f_count;
	unsigned int f_flags;		/* O_NONBLOCK, O_RDWR ... */
	void *private_data;		/* the socket, for a socket */
	/* What fstat says (Linux: the inode's).  There is no file system
	 * yet, so each open file is its own inode. */
	unsigned int f_imode;		/* S_IFCHR | 0600, S_IFSOCK | 0777 ... */
	unsigned int f_rdev_major, f_rdev_minor;	/* a device's numbers */
	unsigned long f_ino;		/* unique while the file is open */
};

struct files_struct {
	int count;			/* tasks sharing it (CLONE_FILES) */
	struct file *fd[NR_OPEN];
	u64 close_on_exec;		/* FD_CLOEXEC, one bit per descriptor */
	/* Taken but not yet filled: an accept() asleep holds the number it
	 * will return, so another thread's socket() cannot get it too. */
	u64 reserved;
};

extern unsigned long nr_files;		/* struct files alive */

struct file *alloc_file(const struct file_operations *fop, unsigned int flags, void *priv);
struct file *fget(int fd);		/* NULL if fd is not open */
void get_file(struct file *f);
void fput(struct file *f);
int get_unused_fd(int from);		/* -EMFILE when full */
int reserve_unused_fd(void);		/* the same, held until fd_install */
void put_unused_fd(int fd);		/* ... or until given back */
void fd_install(int fd, struct file *f, bool cloexec);
struct files_struct *alloc_files(void);
struct files_struct *dup_files(struct files_struct *old);
void exit_files(struct task_struct *p);
void fput_held_files(struct task_struct *p);

#endif
