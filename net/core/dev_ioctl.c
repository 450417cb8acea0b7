/* net/core/dev_ioctl.c — the interface ioctls every socket answers, the
 * way `ifconfig` asks them: SIOCGIFCONF (the list), SIOCGIFNAME (index to
 * name), and for a device named in a struct ifreq its flags, MTU, index,
 * hardware address, metric, map and queue length; SIOCSIFFLAGS changes
 * the flags.
 *
 * net/socket.c calls dev_ioctl for a request of type 0x89 that the
 * socket's family did not take (an AF_INET socket's family answers the
 * IPv4 address requests first: net/ipv4/devinet.c).  As in Linux:
 * ENODEV for a name no device has, ENOTTY for a request nobody knows.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/netdevice.h>
#include <linux/uaccess.h>
#include <uapi/linux/if.h>
#include <uapi/linux/sockios.h>

/* The requests about one named device that only read it. */
static int dev_ifsioc_read(struct net_device *dev, unsigned int cmd, struct ifreq *ifr)
{
	switch (cmd) {
	case SIOCGIFFLAGS:
		ifr->ifr_flags = (short)dev_get_flags(dev);
		return 0;
	case SIOCGIFMETRIC:
		ifr->ifr_metric = 0;		/* unused; ifconfig prints it plus 1 */
		return 0;
	case SIOCGIFMTU:
		ifr->ifr_mtu = dev->mtu;
		return 0;
	case SIOCGIFINDEX:
		ifr->ifr_ifindex = dev->ifindex;
		return 0;
	case SIOCGIFTXQLEN:
		ifr->ifr_qlen = dev->tx_queue_len;
		return 0;
	case SIOCGIFMAP:			/* no I/O ports, no IRQ: all zero */
		memset(&ifr->ifr_map, 0, sizeof(ifr->ifr_map));
		return 0;
	case SIOCGIFHWADDR:
		memset(ifr->ifr_hwaddr.sa_data, 0, sizeof(ifr->ifr_hwaddr.sa_data));
		memcpy(ifr->ifr_hwaddr.sa_data, dev->dev_addr, dev->addr_len);
		ifr->ifr_hwaddr.sa_family = dev->type;
		return 0;
	}
	return -ENOTTY;
}

/* ifr has been copied in; *need_copyout says whether to copy it back. */
int dev_ioctl(unsigned int cmd, struct ifreq *ifr, bool *need_copyout)
{
	struct net_device *dev;
	int err;

	*need_copyout = true;
	if (cmd == SIOCGIFNAME) {
		dev = dev_get_by_index(ifr->ifr_ifindex);
		if (!dev)
			return -ENODEV;
		memset(ifr->ifr_name, 0, IFNAMSIZ);
		strncpy(ifr->ifr_name, dev->name, IFNAMSIZ - 1);
		return 0;
	}
	switch (cmd) {
	case SIOCGIFFLAGS:
	case SIOCGIFMETRIC:
	case SIOCGIFMTU:
	case SIOCGIFINDEX:
	case SIOCGIFTXQLEN:
	case SIOCGIFMAP:
	case SIOCGIFHWADDR:
	case SIOCSIFFLAGS:
		break;
	default:
		return -ENOTTY;
	}
	dev = dev_get_by_ifr_name(ifr->ifr_name);
	if (!dev)
		return -ENODEV;
	if (cmd == SIOCSIFFLAGS) {
		*need_copyout = false;
		return dev_change_flags(dev, ifr->ifr_flags);
	}
	err = dev_ifsioc_read(dev, cmd, ifr);
	return err;
}

/* SIOCGIFCONF: one struct ifreq (name, AF_INET address) per IPv4 address
 * of every device, as many as fit in ifc_len bytes; ifc_len comes back as
 * the bytes written.  With a NULL buffer, only the length needed. */
int dev_ifconf(struct ifconf __user *uifc)
{
	struct ifconf ifc;
	int total = 0;

	if (copy_from_user(&ifc, uifc, sizeof(ifc)))
		return -EFAULT;
	for (struct net_device *dev = dev_base; dev; dev = dev->next) {
		int done = ifc.ifc_buf ?
			inet_gifconf(dev, ifc.ifc_buf + total, ifc.ifc_len - total, sizeof(struct ifreq)) :
			inet_gifconf(dev, NULL, 0, sizeof(struct ifreq));

		if (done < 0)
			return -EFAULT;
		total += done;
	}
	return put_user(total, &uifc->ifc_len);
}
