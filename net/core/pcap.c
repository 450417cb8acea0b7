/* net/core/pcap.c — a packet capture of everything that crosses a device,
 * in libpcap format, written to the second serial port.
 *
 * With `pcap` on the kernel command line, dev_queue_xmit shows every
 * packet here before the device sends it.  QEMU connects COM2 to a file
 * (make qemu PCAP=lo.pcap, tools/run --pcap), which Wireshark and tshark
 * open directly.  Link type 101 (LINKTYPE_RAW): each record is a bare IPv4
 * packet, as lo carries them.
 */
#include <linux/kernel.h>
#include <linux/netdevice.h>
#include <linux/console.h>
#include <linux/jiffies.h>
#include <linux/init.h>

#define PCAP_COM2	1

static bool pcap_enabled;

struct pcap_file_header {
	u32 magic;
	u16 version_major, version_minor;
	s32 thiszone;
	u32 sigfigs, snaplen, linktype;
};

struct pcap_record_header {
	u32 ts_sec, ts_usec, incl_len, orig_len;
};

void pcap_init(void)
{
	struct pcap_file_header h = {
		.magic = 0xa1b2c3d4, .version_major = 2, .version_minor = 4,
		.snaplen = 65535, .linktype = 101,
	};

	pcap_enabled = cmdline_has("pcap");
	if (pcap_enabled)
		serial_write_raw(PCAP_COM2, &h, sizeof(h));
}

void pcap_capture(const struct sk_buff *skb)
{
	struct pcap_record_header r;
	u64 ns;

	if (!pcap_enabled)
		return;
	ns = ktime_get_ns();
	r.ts_sec = ns / 1000000000;
	r.ts_usec = (ns % 1000000000) / 1000;
	r.incl_len = r.orig_len = skb->len;
	serial_write_raw(PCAP_COM2, &r, sizeof(r));
	serial_write_raw(PCAP_COM2, skb->data, skb->len);
}
