/* kernel/hostpipe.c — descriptor 0 as a pipe whose writer is the host.
 *
 * `prog < file` or `cmd | prog` on Linux gives prog a pipe (or a file) on
 * descriptor 0: no echo, no line editing, every byte as it was sent, each
 * write of the sender whole (up to PIPE_BUF), and read() returns 0 once the
 * writer is done.  tools/run gives the same to a program whose input is
 * not a terminal: it puts `stdin=pipe` on the kernel command line and sends
 * its standard input down COM1 framed, so that the ends of writes and of
 * the input travel in the same byte stream as the data:
 *
 *   0x16 (^V) x   the byte x, whatever it is      (a tty's LNEXT, "literal next")
 *   0x17 (^W)     the end of one write: what came before may be read
 *                 (ETB, "end of transmission block")
 *   0x04 (^D)     the end of the input            (a tty's VEOF)
 *   any other     itself
 *
 * so every byte value arrives intact, a reader never sees half of a write
 * (tools/run's writes are at most 4095 bytes; bytes trickle over the UART
 * one at a time), and the end is end of file.  When the input is a
 * terminal instead, descriptor 0 stays the console tty (kernel/tty.c),
 * where Ctrl-D at the start of a line is end of file.
 *
 * Nothing is dropped when the program reads slowly: when the buffer is
 * full the serial port is throttled (serial_throttle: its receive
 * interrupt is turned off), the bytes wait in the UART and in QEMU, which
 * stops reading its input; the next read() makes room and turns it back on.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/file.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/poll.h>
#include <uapi/asm/ioctls.h>
#include <uapi/asm/fcntl.h>
#include <uapi/linux/stat.h>

#define HOSTPIPE_BUF	4096
#define CHAR_LNEXT	0x16
#define CHAR_ETB	0x17
#define CHAR_EOF	0x04

bool hostpipe_enabled;			/* `stdin=pipe` on the command line */

static char buf[HOSTPIPE_BUF];
static unsigned int head, tail;		/* [tail, head) has arrived, */
static unsigned int pushed;		/* [tail, pushed) may be read */
static bool quote_next, eof;
static DECLARE_WAIT_QUEUE_HEAD(hostpipe_wait);

static unsigned int hostpipe_used(void)
{
	return (head + HOSTPIPE_BUF - tail) % HOSTPIPE_BUF;
}

static bool hostpipe_full(void)
{
	return hostpipe_used() == HOSTPIPE_BUF - 1;
}

/* Make what has arrived readable: at the end of a write, at the end of
 * the input, or when the buffer is full with nothing readable (a write
 * larger than the buffer, which tools/run never sends). */
static void hostpipe_push(void)
{
	pushed = head;
	wake_up(&hostpipe_wait);
}

/* From the COM1 interrupt, one byte of the framed stream.  The serial
 * code never hands us a byte while we are full: we throttle it first. */
void hostpipe_receive(char c)
{
	if (eof)
		return;				/* nothing follows the end */
	if (!quote_next && c == CHAR_LNEXT) {
		quote_next = true;
		return;
	}
	if (!quote_next && c == CHAR_ETB) {
		hostpipe_push();
	} else if (!quote_next && c == CHAR_EOF) {
		eof = true;
		hostpipe_push();
	} else {
		quote_next = false;
		buf[head] = c;
		head = (head + 1) % HOSTPIPE_BUF;
		if (hostpipe_full()) {
			serial_throttle();	/* the reader's read() lets it go */
			if (pushed == tail)
				hostpipe_push();
		}
	}
}

static bool hostpipe_readable(void)
{
	return pushed != tail || eof;
}

static ssize_t hostpipe_read(struct file *f, char __user *ubuf, size_t len)
{
	size_t n = 0;

	if (!len)
		return 0;
	if (!hostpipe_readable() && (f->f_flags & O_NONBLOCK))
		return -EAGAIN;
	if (wait_event_interruptible(hostpipe_wait, hostpipe_readable()))
		return -EINTR;
	/* As a pipe: whatever is there, up to len; 0 only at the end. */
	while (n < len && tail != pushed) {
		size_t chunk = (tail < pushed ? pushed : HOSTPIPE_BUF) - tail;

		if (chunk > len - n)
			chunk = len - n;
		if (copy_to_user(ubuf + n, buf + tail, chunk))
			return n ? (ssize_t)n : -EFAULT;
		tail = (tail + chunk) % HOSTPIPE_BUF;
		n += chunk;
	}
	serial_unthrottle();			/* there is room again */
	return n;
}

static long hostpipe_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	int avail = (pushed + HOSTPIPE_BUF - tail) % HOSTPIPE_BUF;

	(void)f;
	switch (cmd) {
	case FIONREAD:
		return copy_to_user((void __user *)arg, &avail, sizeof(avail)) ? -EFAULT : 0;
	default:
		return -ENOTTY;			/* not a terminal: isatty(0) is false */
	}
}

static unsigned int hostpipe_poll(struct file *f, poll_table *pt)
{
	poll_wait(f, &hostpipe_wait, pt);
	/* A pipe whose writer has gone: readable (read returns 0) and hung up. */
	return (pushed != tail ? POLLIN | POLLRDNORM : 0) | (eof ? POLLIN | POLLRDNORM | POLLHUP : 0);
}

static const struct file_operations hostpipe_fops = {
	.poll = hostpipe_poll,
	.read = hostpipe_read,
	.ioctl = hostpipe_ioctl,
};

/* Descriptor 0 of a new module, read-only; every module shares the one
 * stream (as processes of one shell pipeline's reader would). */
struct file *hostpipe_open(void)
{
	struct file *f = alloc_file(&hostpipe_fops, O_RDONLY, NULL);

	if (f)
		f->f_imode = S_IFIFO | 0600;	/* fstat: a pipe, as pipe(2) makes */
	return f;
}
