/**
 * Photos of the animals: what an upload must be to be kept (a real JPEG, PNG or WebP within the limits), the photo's
 * record, and the ports to the image decoder and the media directory. The image work itself is infrastructure.
 */
package org.vetlis.lab.domain.media;
