/* include/linux/syscalls.h — every system call handler, by its Linux name.
 * kernel/syscall.c puts them in the table indexed by __NR_* number. */
#ifndef _LINUX_SYSCALLS_H
#define _LINUX_SYSCALLS_H

#include <linux/types.h>
#include <linux/kernel.h>

struct iovec;
struct timespec;
struct user_desc;
struct k_sigaction;
struct pollfd;

long sys_exit(int status);
long sys_exit_group(int status);
long sys_fork(void);
long sys_read(int fd, char __user *buf, size_t count);
long sys_write(int fd, const char __user *buf, size_t count);
long sys_writev(int fd, const struct iovec __user *vec, int vlen);
long sys_close(int fd);
long sys_dup(int fd);
long sys_dup2(int oldfd, int newfd);
long sys_fcntl(int fd, unsigned int cmd, unsigned long arg);
long sys_ioctl(int fd, unsigned int cmd, unsigned long arg);
long sys_waitpid(pid_t pid, int __user *stat_addr, int options);
long sys_wait4(pid_t pid, int __user *stat_addr, int options, void __user *ru);
long sys_getpid(void);
long sys_getppid(void);
long sys_gettid(void);
long sys_getuid(void);
long sys_kill(pid_t pid, int sig);
long sys_brk(unsigned long brk);
long sys_mmap_pgoff(unsigned long addr, unsigned long len, unsigned long prot,
		    unsigned long flags, unsigned long fd, unsigned long pgoff);
long sys_munmap(unsigned long addr, size_t len);
long sys_mprotect(unsigned long addr, size_t len, unsigned long prot);
long sys_madvise(unsigned long addr, size_t len, int advice);
long sys_sched_yield(void);
long sys_sched_getaffinity(pid_t pid, unsigned int len, unsigned long __user *user_mask);
long sys_sched_setaffinity(pid_t pid, unsigned int len, const unsigned long __user *user_mask);
long sys_lseek(int fd, long offset, unsigned int whence);
long sys_llseek(int fd, unsigned long offset_high, unsigned long offset_low,
		long long __user *result, unsigned int whence);
long sys_nanosleep(const struct timespec __user *rqtp, struct timespec __user *rmtp);
long sys_clock_gettime(int which, struct timespec __user *tp);
struct __kernel_timespec64;
long sys_clock_gettime64(int which, struct __kernel_timespec64 __user *tp);
long sys_clock_getres(int which, struct timespec __user *tp);
long sys_clock_getres_time64(int which, struct __kernel_timespec64 __user *tp);
long sys_clock_nanosleep(int which, int flags, const struct timespec __user *rqtp,
			 struct timespec __user *rmtp);
long sys_clock_nanosleep_time64(int which, int flags, const struct __kernel_timespec64 __user *rqtp,
				struct __kernel_timespec64 __user *rmtp);
struct timeval;
struct timezone;
long sys_time(long __user *tloc);
long sys_gettimeofday(struct timeval __user *tv, struct timezone __user *tz);
long sys_settimeofday(struct timeval __user *tv, struct timezone __user *tz);
long sys_clock_settime(int which, const struct timespec __user *tp);
long sys_clock_settime64(int which, const struct __kernel_timespec64 __user *tp);
long sys_rt_sigprocmask(int how, const u64 __user *set, u64 __user *oset, size_t sigsetsize);
long sys_rt_sigaction(int sig, const struct k_sigaction __user *act,
		      struct k_sigaction __user *oact, size_t sigsetsize);
/* signals, timers, job control */
struct old_sigaction;
struct itimerval32;
struct timespec32;
struct timespec64;
long sys_restart_syscall(void);
struct stack_t32;
long sys_sigaltstack(const struct stack_t32 __user *ss, struct stack_t32 __user *oss);
long sys_signal(int sig, unsigned long handler);
long sys_sigaction(int sig, const struct old_sigaction __user *act, struct old_sigaction __user *oact);
long sys_sigprocmask(int how, const u32 __user *set, u32 __user *oset);
long sys_sigpending(u32 __user *set);
long sys_sigsuspend(int unused1, int unused2, u32 mask);
long sys_sigreturn(void);
long sys_rt_sigreturn(void);
long sys_rt_sigpending(u64 __user *set, size_t sigsetsize);
long sys_rt_sigsuspend(const u64 __user *mask, size_t sigsetsize);
long sys_rt_sigtimedwait(const u64 __user *these, void __user *info,
			 const struct timespec32 __user *ts, size_t sigsetsize);
long sys_rt_sigtimedwait_time64(const u64 __user *these, void __user *info,
				const struct timespec64 __user *ts, size_t sigsetsize);
long sys_pause(void);
long sys_tkill(pid_t pid, int sig);
long sys_tgkill(pid_t tgid, pid_t pid, int sig);
long sys_alarm(unsigned int seconds);
long sys_setitimer(int which, const struct itimerval32 __user *value, struct itimerval32 __user *ovalue);
long sys_getitimer(int which, struct itimerval32 __user *value);
long sys_setpgid(pid_t pid, pid_t pgid);
long sys_getpgid(pid_t pid);
long sys_getpgrp(void);
long sys_setsid(void);
long sys_getsid(pid_t pid);
long sys_set_thread_area(struct user_desc __user *u_info);
long sys_set_tid_address(int __user *tidptr);
long sys_poll(struct pollfd __user *ufds, unsigned int nfds, int timeout_msecs);
struct old_timeval32;
long sys_select(int n, u32 __user *inp, u32 __user *outp, u32 __user *exp, struct old_timeval32 __user *tvp);
long sys_pselect6(int n, u32 __user *inp, u32 __user *outp, u32 __user *exp, void __user *tsp,
		  const void __user *sigp);
long sys_pselect6_time64(int n, u32 __user *inp, u32 __user *outp, u32 __user *exp, void __user *tsp,
			 const void __user *sigp);
struct robust_list_head;
struct __kernel_timespec64;
long sys_clone(unsigned long flags, unsigned long newsp, int __user *parent_tid,
	       unsigned long tls, int __user *child_tid);
long sys_vfork(void);
struct clone_args;
long sys_clone3(struct clone_args __user *uargs, size_t size);
long sys_futex(u32 __user *uaddr, int op, u32 val, const struct timespec __user *utime,
	       u32 __user *uaddr2, u32 val3);
long sys_futex_time64(u32 __user *uaddr, int op, u32 val, const struct __kernel_timespec64 __user *utime,
		      u32 __user *uaddr2, u32 val3);
long sys_set_robust_list(struct robust_list_head __user *head, size_t len);
struct rseq;
long sys_rseq(struct rseq __user *rseq, u32 rseq_len, int flags, u32 sig);
long sys_get_robust_list(int pid, struct robust_list_head __user * __user *head_ptr,
			 size_t __user *len_ptr);

/* The small calls every program makes (kernel/sys.c, kernel/utsname.c,
 * kernel/random.c). */
struct new_utsname;
struct rlimit;
struct rlimit64;
struct rusage;
struct tms;
struct sysinfo;
long sys_newuname(struct new_utsname __user *name);
long sys_sethostname(const char __user *name, int len);
long sys_setdomainname(const char __user *name, int len);
long sys_umask(int mask);
long sys_prctl(int option, unsigned long arg2, unsigned long arg3,
	       unsigned long arg4, unsigned long arg5);
long sys_getrlimit(unsigned int resource, struct rlimit __user *rlim);
long sys_old_getrlimit(unsigned int resource, struct rlimit __user *rlim);
long sys_setrlimit(unsigned int resource, struct rlimit __user *rlim);
long sys_prlimit64(pid_t pid, unsigned int resource, const struct rlimit64 __user *new_rlim,
		   struct rlimit64 __user *old_rlim);
long sys_getrusage(int who, struct rusage __user *ru);
long sys_times(struct tms __user *tbuf);
long sys_sysinfo(struct sysinfo __user *info);
long sys_getrandom(char __user *buf, size_t count, unsigned int flags);
struct stat64;
struct statx;
long sys_fstat64(int fd, struct stat64 __user *statbuf);
long sys_statx(int dfd, const char __user *filename, unsigned int flags, unsigned int mask,
	       struct statx __user *buffer);

#endif
