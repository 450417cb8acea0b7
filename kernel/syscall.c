/* kernel/syscall.c — the system-call table and its dispatcher.
 *
 * entry.S (entry_INT80_32) saves the user's registers as a struct pt_regs
 * and calls do_int80_syscall_32.  As in Linux i386: eax holds the number
 * (asm/unistd_32.h), ebx ecx edx esi edi ebp the arguments, and the result
 * goes back in eax — a negative errno on failure, -ENOSYS for a number we
 * do not implement (counted and named by kernel/sys_ni.c).  The table
 * reads as the list of what this kernel can do; adding a call is one line.
 */
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/ptrace.h>
#include <linux/errno.h>
#include <linux/net.h>
#include <linux/sys_ni.h>
#include <linux/sched.h>
#include <linux/file.h>
#include <uapi/asm/unistd_32.h>

typedef long (*syscall_fn_t)(unsigned long, unsigned long, unsigned long,
			     unsigned long, unsigned long, unsigned long);

/* Each handler is declared with its real argument types; the table calls
 * them all with six unsigned longs, which the i386 C calling convention
 * makes safe.  The cast goes through void (*)(void), the form GCC accepts
 * as "any function". */
#define SYSCALL(nr, fn) [nr] = (syscall_fn_t)(void (*)(void))fn

static const syscall_fn_t sys_call_table[NR_syscalls] = {
	SYSCALL(__NR_exit, sys_exit),
	SYSCALL(__NR_fork, sys_fork),
	SYSCALL(__NR_read, sys_read),
	SYSCALL(__NR_write, sys_write),
	SYSCALL(__NR_close, sys_close),
	SYSCALL(__NR_lseek, sys_lseek),
	SYSCALL(__NR__llseek, sys_llseek),
	SYSCALL(__NR_waitpid, sys_waitpid),
	SYSCALL(__NR_time, sys_time),
	SYSCALL(__NR_getpid, sys_getpid),
	SYSCALL(__NR_getuid, sys_getuid),
	SYSCALL(__NR_getgid, sys_getuid),
	SYSCALL(__NR_geteuid, sys_getuid),
	SYSCALL(__NR_getegid, sys_getuid),
	SYSCALL(__NR_times, sys_times),
	SYSCALL(__NR_umask, sys_umask),
	SYSCALL(__NR_sethostname, sys_sethostname),
	SYSCALL(__NR_setrlimit, sys_setrlimit),
	SYSCALL(__NR_getrlimit, sys_old_getrlimit),
	SYSCALL(__NR_getrusage, sys_getrusage),
	SYSCALL(__NR_gettimeofday, sys_gettimeofday),
	SYSCALL(__NR_settimeofday, sys_settimeofday),
	SYSCALL(__NR_sysinfo, sys_sysinfo),
	SYSCALL(__NR_setdomainname, sys_setdomainname),
	SYSCALL(__NR_uname, sys_newuname),
	SYSCALL(__NR_prctl, sys_prctl),
	SYSCALL(__NR_ugetrlimit, sys_getrlimit),
	SYSCALL(__NR_fstat64, sys_fstat64),
	SYSCALL(__NR_getuid32, sys_getuid),
	SYSCALL(__NR_getgid32, sys_getuid),
	SYSCALL(__NR_geteuid32, sys_getuid),
	SYSCALL(__NR_getegid32, sys_getuid),
	SYSCALL(__NR_kill, sys_kill),
	SYSCALL(__NR_dup, sys_dup),
	SYSCALL(__NR_brk, sys_brk),
	SYSCALL(__NR_ioctl, sys_ioctl),
	SYSCALL(__NR_fcntl, sys_fcntl),
	SYSCALL(__NR_dup2, sys_dup2),
	SYSCALL(__NR_getppid, sys_getppid),
	SYSCALL(__NR_munmap, sys_munmap),
	SYSCALL(__NR_mprotect, sys_mprotect),
	SYSCALL(__NR_madvise, sys_madvise),
	SYSCALL(__NR_wait4, sys_wait4),
	SYSCALL(__NR_writev, sys_writev),
	SYSCALL(__NR_sched_yield, sys_sched_yield),
	SYSCALL(__NR_sched_setaffinity, sys_sched_setaffinity),
	SYSCALL(__NR_sched_getaffinity, sys_sched_getaffinity),
	SYSCALL(__NR_nanosleep, sys_nanosleep),
	SYSCALL(__NR_poll, sys_poll),
	SYSCALL(__NR__newselect, sys_select),
	SYSCALL(__NR_pselect6, sys_pselect6),
	SYSCALL(__NR_pselect6_time64, sys_pselect6_time64),
	SYSCALL(__NR_rt_sigaction, sys_rt_sigaction),
	SYSCALL(__NR_rt_sigprocmask, sys_rt_sigprocmask),
	/* Signals (kernel/signal.c, signal_32.c), timers (itimer.c) and job
	 * control (pgrp.c). */
	SYSCALL(__NR_restart_syscall, sys_restart_syscall),
	SYSCALL(__NR_signal, sys_signal),
	SYSCALL(__NR_sigaction, sys_sigaction),
	SYSCALL(__NR_sigprocmask, sys_sigprocmask),
	SYSCALL(__NR_sigpending, sys_sigpending),
	SYSCALL(__NR_sigsuspend, sys_sigsuspend),
	SYSCALL(__NR_sigreturn, sys_sigreturn),
	SYSCALL(__NR_rt_sigreturn, sys_rt_sigreturn),
	SYSCALL(__NR_sigaltstack, sys_sigaltstack),
	SYSCALL(__NR_rt_sigpending, sys_rt_sigpending),
	SYSCALL(__NR_rt_sigsuspend, sys_rt_sigsuspend),
	SYSCALL(__NR_rt_sigtimedwait, sys_rt_sigtimedwait),
	SYSCALL(__NR_rt_sigtimedwait_time64, sys_rt_sigtimedwait_time64),
	SYSCALL(__NR_pause, sys_pause),
	SYSCALL(__NR_tkill, sys_tkill),
	SYSCALL(__NR_tgkill, sys_tgkill),
	SYSCALL(__NR_alarm, sys_alarm),
	SYSCALL(__NR_setitimer, sys_setitimer),
	SYSCALL(__NR_getitimer, sys_getitimer),
	SYSCALL(__NR_setpgid, sys_setpgid),
	SYSCALL(__NR_getpgid, sys_getpgid),
	SYSCALL(__NR_getpgrp, sys_getpgrp),
	SYSCALL(__NR_setsid, sys_setsid),
	SYSCALL(__NR_getsid, sys_getsid),
	SYSCALL(__NR_mmap2, sys_mmap_pgoff),
	SYSCALL(__NR_fcntl64, sys_fcntl),
	SYSCALL(__NR_gettid, sys_gettid),
	SYSCALL(__NR_set_thread_area, sys_set_thread_area),
	SYSCALL(__NR_exit_group, sys_exit_group),
	SYSCALL(__NR_set_tid_address, sys_set_tid_address),
	SYSCALL(__NR_clock_settime, sys_clock_settime),
	SYSCALL(__NR_clock_gettime, sys_clock_gettime),
	SYSCALL(__NR_clock_getres, sys_clock_getres),
	SYSCALL(__NR_clock_nanosleep, sys_clock_nanosleep),
	SYSCALL(__NR_prlimit64, sys_prlimit64),
	SYSCALL(__NR_getrandom, sys_getrandom),
	SYSCALL(__NR_statx, sys_statx),
	SYSCALL(__NR_clock_gettime64, sys_clock_gettime64),
	/* Threads (kernel/fork.c, kernel/futex.c). */
	SYSCALL(__NR_clone, sys_clone),
	SYSCALL(__NR_clone3, sys_clone3),
	SYSCALL(__NR_vfork, sys_vfork),
	SYSCALL(__NR_futex, sys_futex),
	SYSCALL(__NR_futex_time64, sys_futex_time64),
	SYSCALL(__NR_set_robust_list, sys_set_robust_list),
	SYSCALL(__NR_get_robust_list, sys_get_robust_list),
	SYSCALL(__NR_clock_settime64, sys_clock_settime64),
	SYSCALL(__NR_clock_getres_time64, sys_clock_getres_time64),
	SYSCALL(__NR_clock_nanosleep_time64, sys_clock_nanosleep_time64),
	SYSCALL(__NR_rseq, sys_rseq),

	/* Sockets: the multiplexer glibc and musl use on i386 ... */
	SYSCALL(__NR_socketcall, sys_socketcall),
	/* ... and the same functions as system calls of their own (Linux 4.3+). */
	SYSCALL(__NR_socket, __sys_socket),
	SYSCALL(__NR_socketpair, __sys_socketpair),
	SYSCALL(__NR_bind, __sys_bind),
	SYSCALL(__NR_connect, __sys_connect),
	SYSCALL(__NR_listen, __sys_listen),
	SYSCALL(__NR_accept4, __sys_accept4),
	SYSCALL(__NR_getsockopt, __sys_getsockopt),
	SYSCALL(__NR_setsockopt, __sys_setsockopt),
	SYSCALL(__NR_getsockname, __sys_getsockname),
	SYSCALL(__NR_getpeername, __sys_getpeername),
	SYSCALL(__NR_sendto, __sys_sendto),
	SYSCALL(__NR_sendmsg, __sys_sendmsg),
	SYSCALL(__NR_recvfrom, __sys_recvfrom),
	SYSCALL(__NR_recvmsg, __sys_recvmsg),
	SYSCALL(__NR_shutdown, __sys_shutdown),
	SYSCALL(__NR_recvmmsg, __sys_recvmmsg),
	SYSCALL(__NR_sendmmsg, __sys_sendmmsg),
};

void do_int80_syscall_32(struct pt_regs *regs)
{
	unsigned long nr = regs->orig_ax;

	if (nr < NR_syscalls && sys_call_table[nr])
		regs->ax = sys_call_table[nr](regs->bx, regs->cx, regs->dx,
					      regs->si, regs->di, regs->bp);
	else
		/* -ENOSYS, counted: kernel/sys_ni.c.  (regs->orig_ax rather
		 * than nr: that way GCC keeps `regs` where gdb can see it at the
		 * breakpoint, for the walkthrough's `p regs->orig_ax`.) */
		regs->ax = sys_ni_syscall(regs->orig_ax);
	fput_held_files(current);	/* see fget */
}
