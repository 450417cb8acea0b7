/* kernel/tty.c — the console as a file: descriptors 0, 1 and 2 of every
 * module's first process (0 is kernel/hostpipe.c's pipe with `stdin=pipe`),
 * and the controlling terminal of its session.
 *
 * Output goes to every console (serial and VGA).  Input comes from the
 * serial port's interrupt, through a small line discipline like Linux's
 * default "cooked" mode: characters are echoed, backspace edits, and a
 * reader gets a whole line once Enter is pressed; Ctrl-D at the start of a
 * line is end of file (read returns 0).  A reader sleeps on a wait queue
 * until a line is ready.
 *
 * The settings are a real struct termios (TCGETS/TCSETS*), starting as
 * Linux's tty_std_termios, the settings of a Linux virtual console.  Of
 * them the line discipline honours ICANON (off: every byte is readable at
 * once, as with VMIN 1 and VTIME 0), ECHO, ICRNL and ISIG (Ctrl-C,
 * Ctrl-\ and Ctrl-Z signal the foreground process group, TIOCSPGRP's;
 * NOFLSH and ECHOCTL shape what they drop and echo); the others are kept and
 * reported (console_write, kernel/printk.c, always turns "\n" into "\r\n"
 * on the serial line, whatever OPOST and ONLCR say).  The window size is
 * the VGA text screen's, 80x25, until TIOCSWINSZ changes it.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/file.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <uapi/asm/ioctls.h>
#include <uapi/asm/termbits.h>
#include <uapi/asm/fcntl.h>
#include <uapi/linux/stat.h>
#include <linux/poll.h>

#define TTY_BUF		1024

static char buf[TTY_BUF];
static unsigned int head, tail, line_end;	/* [tail, line_end) is readable */
static int eof_pending;				/* Ctrl-D lines not yet read */
static DECLARE_WAIT_QUEUE_HEAD(tty_read_wait);

static struct termios termios = {
	.c_iflag = ICRNL | IXON,
	.c_oflag = OPOST | ONLCR,
	.c_cflag = B38400 | CS8 | CREAD | HUPCL,
	.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
	.c_cc = {
		[VINTR] = 'C' - '@', [VQUIT] = '\\' - '@', [VERASE] = 0x7f,
		[VKILL] = 'U' - '@', [VEOF] = 'D' - '@', [VMIN] = 1,
		[VSTART] = 'Q' - '@', [VSTOP] = 'S' - '@', [VSUSP] = 'Z' - '@',
		[VREPRINT] = 'R' - '@', [VDISCARD] = 'O' - '@',
		[VWERASE] = 'W' - '@', [VLNEXT] = 'V' - '@',
	},
};
static struct winsize winsize = { .ws_row = 25, .ws_col = 80 };

#define L_ICANON()	(termios.c_lflag & ICANON)

/* Job control: the console's session (the one that made it its
 * controlling terminal with TIOCSCTTY, or the first module) and the
 * foreground process group within it, which the ISIG characters signal. */
static pid_t tty_session, tty_pgrp;
static void flush_input(void);

/* ISIG: Ctrl-C, Ctrl-\ and Ctrl-Z signal the foreground process group
 * (SIGINT, SIGQUIT, SIGTSTP) and drop the typed input, echoed as ^C
 * (Linux's n_tty isig).  True if c was one of them. */
static bool tty_isig(char c)
{
	int sig;

	if (!(termios.c_lflag & ISIG) || !c)
		return false;
	if (c == termios.c_cc[VINTR])
		sig = SIGINT;
	else if (c == termios.c_cc[VQUIT])
		sig = SIGQUIT;
	else if (c == termios.c_cc[VSUSP])
		sig = SIGTSTP;
	else
		return false;
	if (!(termios.c_lflag & NOFLSH))
		flush_input();
	if (termios.c_lflag & ECHO) {
		char ctl[2] = { '^', c ^ 0x40 };

		if (termios.c_lflag & ECHOCTL)
			console_write(ctl, 2);
		else
			console_write(&c, 1);
	}
	if (tty_pgrp)
		kill_pgrp(tty_pgrp, sig, false);
	return true;
}

static void echo(char c)
{
	if (termios.c_lflag & ECHO)
		console_write(&c, 1);
}

/* From the COM1 interrupt. */
void tty_receive_char(char c)
{
	if (tty_isig(c))
		return;
	if (c == '\r' && (termios.c_iflag & ICRNL))
		c = '\n';
	if (!L_ICANON()) {			/* raw: no editing, no lines */
		if ((head + 1) % TTY_BUF == tail)
			return;
		buf[head] = c;
		head = (head + 1) % TTY_BUF;
		line_end = head;
		echo(c);
		wake_up(&tty_read_wait);
		return;
	}
	if (c == 0x7f || c == '\b') {		/* erase one, not past the line */
		if (head != line_end) {
			head = (head + TTY_BUF - 1) % TTY_BUF;
			if (termios.c_lflag & ECHO)
				console_write("\b \b", 3);
		}
		return;
	}
	if (c == 0x04) {			/* Ctrl-D: push the line out */
		if (head == line_end)
			eof_pending++;
		line_end = head;
		wake_up(&tty_read_wait);
		return;
	}
	/* Full: drop the character, as a tty does — but keep the last slot
	 * for the newline, so an over-long line still ends and can be read. */
	if ((head + 1) % TTY_BUF == tail || ((head + 2) % TTY_BUF == tail && c != '\n'))
		return;
	buf[head] = c;
	head = (head + 1) % TTY_BUF;
	echo(c);
	if (c == '\n') {
		line_end = head;
		wake_up(&tty_read_wait);
	}
}

static bool tty_readable(void)
{
	return tail != line_end || eof_pending;
}

static ssize_t tty_read(struct file *f, char __user *ubuf, size_t len)
{
	size_t n = 0;

	if (!len)
		return 0;
	if (!tty_readable() && (f->f_flags & O_NONBLOCK))
		return -EAGAIN;
	if (wait_event_interruptible(tty_read_wait, tty_readable()))
		return -ERESTARTSYS;
	if (tail == line_end) {			/* an empty line ended by Ctrl-D */
		eof_pending--;
		return 0;
	}
	/* Up to the end of one line. */
	while (n < len && tail != line_end) {
		char c = buf[tail];

		if (copy_to_user(ubuf + n, &c, 1))
			return n ? (ssize_t)n : -EFAULT;
		tail = (tail + 1) % TTY_BUF;
		n++;
		if (c == '\n' && L_ICANON())
			break;
	}
	return n;
}

static ssize_t tty_write(struct file *f, const char __user *ubuf, size_t len)
{
	char chunk[256];
	size_t done = 0;

	(void)f;
	while (done < len) {
		size_t n = min(len - done, sizeof(chunk));
		size_t left = copy_from_user(chunk, ubuf + done, n);

		console_write(chunk, n - left);
		done += n - left;
		if (left)
			return done ? (ssize_t)done : -EFAULT;
	}
	return done;
}

void tty_session_left(struct task_struct *p)	/* setsid: no terminal now */
{
	p->signal->tty = false;
}

/* The console becomes the first module's controlling terminal. */
void tty_set_ctty(struct task_struct *p)
{
	if (tty_session)
		return;
	tty_session = p->signal->session;
	tty_pgrp = p->signal->pgrp;
	p->signal->tty = true;
}

static long tty_job_ioctl(unsigned int cmd, unsigned long arg)
{
	struct signal_struct *sig = current->signal;
	pid_t pgrp;

	switch (cmd) {
	case TIOCGPGRP:
		if (!sig->tty)
			return -ENOTTY;
		return put_user(tty_pgrp, (int __user *)arg) ? -EFAULT : 0;
	case TIOCSPGRP:
		if (!sig->tty || sig->session != tty_session)
			return -ENOTTY;
		if (get_user(pgrp, (int __user *)arg))
			return -EFAULT;
		if (pgrp < 0)
			return -EINVAL;
		if (!session_has_pgrp(pgrp, sig->session))
			return -EPERM;
		tty_pgrp = pgrp;
		return 0;
	case TIOCSCTTY:		/* a session leader without a terminal takes it */
		if (sig->tty && sig->session == tty_session)
			return 0;
		if (sig->session != current->tgid || sig->tty)
			return -EPERM;
		if (tty_session && session_has_pgrp(tty_session, tty_session) && arg != 1)
			return -EPERM;
		tty_session = 0;
		tty_set_ctty(current);
		return 0;
	}
	return -ENOIOCTLCMD;
}

/* Drop what was typed and not yet read (TCFLSH, TCSETSF). */
static void flush_input(void)
{
	tail = line_end = head;
	eof_pending = 0;
}

static long set_termios(unsigned int cmd, unsigned long arg)
{
	struct termios t;

	if (copy_from_user(&t, (void __user *)arg, sizeof(t)))
		return -EFAULT;
	/* TCSETSW and TCSETSF would wait for output to drain: ours is
	 * written before write(2) returns.  TCSETSF also drops the input. */
	if (cmd == TCSETSF)
		flush_input();
	termios = t;
	/* Leaving canonical mode: a half-typed line becomes readable. */
	if (!L_ICANON()) {
		line_end = head;
		eof_pending = 0;
		wake_up(&tty_read_wait);
	}
	return 0;
}

/* The terminal ioctls (Linux: tty_ioctl, n_tty_ioctl).  Each case is
 * self-contained; other requests are ENOTTY, as on Linux. */
static long tty_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	void __user *argp = (void __user *)arg;
	long ret = tty_job_ioctl(cmd, arg);	/* job control: TIOC[GS]PGRP, TIOCSCTTY */
	int n;

	if (ret != -ENOIOCTLCMD)
		return ret;
	(void)f;
	switch (cmd) {
	case TCGETS:
		return copy_to_user(argp, &termios, sizeof(termios)) ? -EFAULT : 0;
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		return set_termios(cmd, arg);
	case TIOCGWINSZ:
		return copy_to_user(argp, &winsize, sizeof(winsize)) ? -EFAULT : 0;
	case TIOCSWINSZ:
		return copy_from_user(&winsize, argp, sizeof(winsize)) ? -EFAULT : 0;
	case TCSBRK:
		/* tcdrain (arg != 0) or a break (0): output has drained already,
		 * and a break on the serial line would say nothing here. */
		return 0;
	case TCFLSH:
		if (arg > TCIOFLUSH)
			return -EINVAL;
		if (arg != TCOFLUSH)
			flush_input();
		return 0;
	case FIONREAD:			/* bytes a read could return now */
		n = (line_end + TTY_BUF - tail) % TTY_BUF;
		return put_user(n, (int __user *)arg);
	default:
		return -ENOTTY;
	}
}

static unsigned int tty_poll(struct file *f, poll_table *pt)
{
	poll_wait(f, &tty_read_wait, pt);
	return (tty_readable() ? POLLIN | POLLRDNORM : 0) | POLLOUT | POLLWRNORM;
}

const struct file_operations tty_fops = {
	.poll = tty_poll,
	.read = tty_read,
	.write = tty_write,
	.ioctl = tty_ioctl,
};

/* Descriptors 0, 1, 2 on one console file, as a shell would leave them;
 * or, when the input is a pipe from the host, 0 on that pipe. */
int tty_open_std(struct files_struct *files)
{
	struct file *f = alloc_file(&tty_fops, O_RDWR, NULL);
	struct file *in = hostpipe_enabled ? hostpipe_open() : NULL;

	if (!f || (hostpipe_enabled && !in)) {
		if (f)
			fput(f);
		if (in)
			fput(in);
		return -ENFILE;
	}
	f->f_imode = S_IFCHR | 0600;		/* as /dev/console, 5:1 */
	f->f_rdev_major = 5;
	f->f_rdev_minor = 1;
	for (int fd = 0; fd < 3; fd++) {
		if (fd)
			get_file(f);
		files->fd[fd] = f;
	}
	if (in) {
		fput(f);
		files->fd[0] = in;
	}
	return 0;
}
